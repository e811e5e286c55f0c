// Files others wrote (the labelled dev sets, real resume lines, the JSON Resume sample) stay outside the project in
// ../shared, beside the checkout. Tests, benchmarks and scripts read them from there only when they are present and
// otherwise skip with one line saying what was not found; a clone on its own passes `npm test`.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** ../shared beside the checkout; RV_SHARED_DIR overrides it (an empty directory simulates a lone clone). */
export const SHARED_DIR = process.env.RV_SHARED_DIR ? resolve(process.env.RV_SHARED_DIR) : join(PROJECT_ROOT, '..', 'shared');

const noted = new Set<string>();

/** The absolute path of ../shared/<rel>, or null (after printing one line, once per file) when it is absent. */
export function sharedFile(rel: string, usedFor = 'the checks that need it'): string | null {
  const file = join(SHARED_DIR, rel);
  if (existsSync(file)) return file;
  if (!noted.has(rel)) {
    noted.add(rel);
    console.log(`skipped ${usedFor}: ../shared/${rel} is not beside this checkout`);
  }
  return null;
}
