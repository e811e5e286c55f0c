import type { ParsedBullet } from '../pipeline/types.ts';

// The parse each analysis ran on, so a later call for candidates (the CLI, the workspace) reads the same clauses
// without parsing again; held weakly, it goes when the analysis does.
const parses = new WeakMap<object, ParsedBullet>();
export function rememberParse<T extends object>(analysis: T, parsed: ParsedBullet): T {
  parses.set(analysis, parsed);
  return analysis;
}
export function rememberedParse(analysis: object): ParsedBullet | undefined {
  return parses.get(analysis);
}
