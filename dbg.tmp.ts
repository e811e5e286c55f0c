import { analyzeBullet } from './src/analyze/index.ts';
for (const t of process.argv.slice(2)) {
  const r = analyzeBullet(t);
  console.log(JSON.stringify({ c: Object.fromEntries(Object.entries(r.components).map(([k, v]) => [k, v.map((s) => s.text)])), k: r.kpis.map((k) => k.text), f: r.findings.map((f) => f.rule + ':' + f.severity) }));
}
