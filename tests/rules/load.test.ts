import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileRules, RULES_DIR, RuleLoadError } from '../../src/rules/index.ts';

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function copyRules(): string {
  dir = mkdtempSync(join(tmpdir(), 'rules-'));
  cpSync(RULES_DIR, join(dir, 'rules'), { recursive: true });
  return join(dir, 'rules');
}

describe('rule loading', () => {
  it('loads the shipped rules', () => {
    const rules = compileRules(RULES_DIR);
    expect(rules.kpis.length).toBeGreaterThan(50);
    expect(rules.checks.length).toBeGreaterThan(8);
  });

  it('reports every broken file with its name, line and field, and stops', () => {
    const root = copyRules();
    const kpi = join(root, 'kpis/access.yml');
    writeFileSync(kpi, readFileSync(kpi, 'utf8').replace('desired: down', 'desired: sideways'));
    const check = join(root, 'checks/bullet/has-metric.yml');
    writeFileSync(check, readFileSync(check, 'utf8').replace('level: error', 'level: fatal'));
    let err: unknown;
    try {
      compileRules(root);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RuleLoadError);
    const problems = (err as RuleLoadError).problems.join('\n');
    expect(problems).toMatch(/rules\/kpis\/access\.yml:\d+: kpis\.\d+\.desired/);
    expect(problems).toMatch(/rules\/checks\/bullet\/has-metric\.yml:\d+: level/);
  });

  it('reports an invalid pattern and malformed YAML', () => {
    const root = copyRules();
    writeFileSync(join(root, 'checks/bullet/filler.yml'), readFileSync(join(root, 'checks/bullet/filler.yml'), 'utf8').replace('"very"', '"(very"'));
    writeFileSync(join(root, 'checks/bullet/broken.yml'), 'kind: require\n  level: [unclosed\n');
    expect(() => compileRules(root)).toThrow(/filler\.yml: tokens: invalid pattern/);
    expect(() => compileRules(root)).toThrow(/broken\.yml:\d+: YAML/);
  });

  it('reads KPI terms and cues as phrases: a regex or an unreadable phrase is named with its file and place', () => {
    const problemsWith = (edit: (yml: string) => string) => {
      const root = copyRules();
      const kpi = join(root, 'kpis/access.yml');
      writeFileSync(kpi, edit(readFileSync(kpi, 'utf8')));
      try {
        compileRules(root);
      } catch (e) {
        return (e as RuleLoadError).problems.join('\n');
      }
      return '';
    };
    expect(problemsWith((y) => y.replace('terms: [throughput,', 'terms: ["through(?:put)?", throughput,')))
      .toMatch(/rules\/kpis\/access\.yml:\d+: kpis\.\d+\.terms\.0: a phrase is words, not a regex/);
    const unreadable = problemsWith((y) => y.replace('terms: [throughput,', 'terms: ["(unclosed choice", throughput,').replace('  - scheduling\n', '  - "... scheduling"\n'));
    expect(unreadable).toMatch(/rules\/kpis\/access\.yml: kpis\.\d+\.terms\.0: .*unbalanced bracket/);
    expect(unreadable).toMatch(/rules\/kpis\/access\.yml: cues\.\d+: .*may not start or end with '\.\.\.'/);
  });

  it('rejects a rule without a source or examples', () => {
    const root = copyRules();
    writeFileSync(join(root, 'checks/bullet/bare.yml'), 'kind: require\nlevel: info\npenalty: 1\nrequires: metric\nmessage: "Add a number please"\n');
    expect(() => compileRules(root)).toThrow(/bare\.yml.*source/);
  });

  it('has one loader: only src/rules/load.ts reads YAML, and the rules code never reaches into the analyzer', () => {
    const src = join(RULES_DIR, '..', 'src');
    const files = (function walk(d: string): string[] {
      return readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : /\.ts$/.test(n) ? [join(d, n)] : []));
    })(src);
    const readsYaml = files.filter((f) => /from '(?:yaml|js-yaml)'/.test(readFileSync(f, 'utf8'))).map((f) => f.slice(src.length + 1));
    expect(readsYaml).toEqual(['rules/load.ts']);
    const rulesCode = files.filter((f) => f.startsWith(join(src, 'rules')));
    for (const f of rulesCode) expect(readFileSync(f, 'utf8'), f).not.toMatch(/from '\.\.\/analyze\//);
  });
});
