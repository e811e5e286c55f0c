// Scores a rewrite with the real analyzer, without asking it for suggestions again.
import { analyzeBullet } from '../bullet.ts';
import type { BulletResult } from '../types.ts';
import { whileRescoring } from './guard.ts';

export function rescore(text: string): BulletResult {
  return whileRescoring(() => analyzeBullet(text, { rewrite: false, spelling: false }));
}
