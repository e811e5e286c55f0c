import { analyzeBullet } from './src/analyze/index.ts';
import { realBullets } from './bench/corpus.ts';
const { bullets } = realBullets(1200);
for (const b of bullets.slice(0,300)) analyzeBullet(b);
for (let r=0;r<8;r++) for (const b of bullets) analyzeBullet(b, {rewrite:false});
