// The rule set the analyzer runs, loaded and compiled once per process from the project's rules/ folder.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileRules, type Rules } from './compile.ts';

export const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');

let cached: Rules | null = null;
export function getRules(): Rules {
  cached ??= compileRules(RULES_DIR);
  return cached;
}

export { compileRules, type Rules };
export { RuleLoadError, Problems, loadYamlFile, loadYamlDir, compileRegex } from './load.ts';
