// The one rule loader: bullet, story, rewrite, pre-flight, spelling and match rules are all read here. Each YAML file
// is validated with zod and every problem is collected with file, line and field, so one start-up names everything
// that is wrong instead of the first thing.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';

export class RuleLoadError extends Error {
  /** `what`: which rule set failed ("rules", "story rules", "rewrite rules"...), for the start-up message. */
  constructor(readonly problems: string[], what = 'rules') {
    super(`${what}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    this.name = 'RuleLoadError';
  }
}

/** Collects problems while loading; throw() at the end if any. */
export class Problems {
  readonly list: string[] = [];
  constructor(readonly root: string) {}
  add(file: string, where: string, message: string): void {
    this.list.push(`${relative(this.root, file) || file}${where}: ${message}`);
  }
  throwIfAny(what?: string): void {
    if (this.list.length) throw new RuleLoadError(this.list, what);
  }
}

export interface Loaded<T> { file: string; id: string; data: T }

/** Parse one YAML file against a schema; on failure, record each problem with its line and return null. */
export function loadYamlFile<S extends z.ZodType>(file: string, schema: S, problems: Problems): Loaded<z.infer<S>> | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    problems.add(file, '', `cannot read (${(e as Error).message})`);
    return null;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    for (const err of doc.errors) problems.add(file, `:${lineCounter.linePos(err.pos[0]).line}`, `YAML: ${err.message.split('\n')[0]}`);
    return null;
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      const node = path.length ? doc.getIn(issue.path as (string | number)[], true) : doc.contents;
      const line = isNode(node) && node.range ? `:${lineCounter.linePos(node.range[0]).line}` : '';
      problems.add(file, line, `${path.join('.') || '(file)'}: ${issue.message}`);
    }
    return null;
  }
  return { file, id: basename(file).replace(/\.ya?ml$/, ''), data: parsed.data };
}

/** Every .yml/.yaml file under dir (recursively), sorted so that load order is stable. */
export function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

/** Load every YAML file in a folder against one schema. */
export function loadYamlDir<S extends z.ZodType>(dir: string, schema: S, problems: Problems): Loaded<z.infer<S>>[] {
  let files: string[];
  try {
    files = yamlFilesUnder(dir);
  } catch (e) {
    problems.add(dir, '', `cannot list (${(e as Error).message})`);
    return [];
  }
  return files.map((f) => loadYamlFile(f, schema, problems)).filter((x): x is Loaded<z.infer<S>> => x !== null);
}

/** Compile a regex from rule data, recording a problem (not throwing) when it is invalid. */
export function compileRegex(source: string, flags: string, file: string, where: string, problems: Problems): RegExp | null {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    problems.add(file, '', `${where}: invalid pattern (${(e as Error).message})`);
    return null;
  }
}
