// Placeholder until the engine lands.
import { emptyComponents, type BulletResult } from './types.ts';

export function analyzeBullet(text: string): BulletResult {
  return { kind: 'bullet', text, score: 0, components: emptyComponents(), actionVerb: null, kpis: [], primaryDomain: null, findings: [], rewrite: null };
}
