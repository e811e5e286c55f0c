import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRewriteRules, RULES_DIR } from '../../src/analyze/suggest/rules.ts';
import { RuleLoadError } from '../../src/rules/load.ts';

let dir: string | undefined;
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); dir = undefined; });

function brokenCopy(edit: (dir: string) => void): string {
  dir = mkdtempSync(join(tmpdir(), 'rewrite-rules-'));
  cpSync(RULES_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}

describe('loadRewriteRules', () => {
  it('loads the shipped rules', () => {
    const rules = loadRewriteRules();
    expect(rules.openings.rules.length).toBeGreaterThan(5);
  });

  it('names the file and path of every problem, across files, before failing', () => {
    const d = brokenCopy((d) => {
      const openings = join(d, 'openings.yml');
      writeFileSync(openings, readFileSync(openings, 'utf8').replace('replace: "{verb}"', 'replace: 12').replace('pattern: "(?<weak>assisted', 'pattern: "((?<weak>assisted'));
      const filler = join(d, 'filler.yml');
      writeFileSync(filler, readFileSync(filler, 'utf8').replace(/examples:\n      - in: "Trained staff on various EHR workflows."\n        out: "Trained staff on EHR workflows."/, 'examples: []'));
    });
    let error: unknown;
    try { loadRewriteRules(d); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(RuleLoadError);
    const problems = (error as RuleLoadError).problems;
    expect(problems.some((p) => p.includes('openings.yml') && p.includes('rules.1.replace'))).toBe(true);
    expect(problems.some((p) => p.includes('filler.yml') && p.includes('rules.2.examples'))).toBe(true);
  });

  it('reports a pattern that does not compile with its rule id', () => {
    const d = brokenCopy((d) => {
      const openings = join(d, 'openings.yml');
      writeFileSync(openings, readFileSync(openings, 'utf8').replace('pattern: "(?<weak>assisted|assists|assist|assisting) (?:(?:with |in )(?:the )?)?"', 'pattern: "(?<weak>assisted"'));
    });
    expect(() => loadRewriteRules(d)).toThrow(/openings\.yml: rules\.\d+\.pattern \(assisted-with\)/);
  });

  it('reports unreadable YAML with its file', () => {
    const d = brokenCopy((d) => writeFileSync(join(d, 'placeholders.yml'), 'parts: [unclosed'));
    expect(() => loadRewriteRules(d)).toThrow(/placeholders\.yml/);
  });
});
