// Runs every story rule's own examples: cue patterns, cue files (sentence -> part) and checks (story -> finding).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../../src/analyze/story.ts';
import { classifyStory } from '../../../src/analyze/story/parts.ts';
import { loadStoryRules, storyRules } from '../../../src/analyze/story/rules.ts';
import { RuleLoadError } from '../../../src/rules/load.ts';

const rules = storyRules();
/** "×N text" in a rule example stands for the text N times over (for length checks). */
const expand = (s: string) => {
  const m = /^×(\d+) ([\s\S]*)$/.exec(s);
  return m ? Array(Number(m[1])).fill(m[2]).join(' ') : s;
};

describe('story cue patterns', () => {
  for (const cue of rules.cues) {
    it(`${cue.file} ${cue.part}/${cue.id}`, () => {
      for (const v of cue.examples.valid) { cue.re.lastIndex = 0; expect(cue.re.test(v), `should match: ${v}`).toBe(true); }
      for (const v of cue.examples.invalid) { cue.re.lastIndex = 0; expect(cue.re.test(v), `should not match: ${v}`).toBe(false); }
    });
  }
});

describe('story cue files classify their example sentences', () => {
  for (const f of rules.cueFiles.filter((f) => f.examples)) {
    it(f.file, () => {
      const partsOf = (s: string) => classifyStory(s, rules.cues, { positional: false }).flatMap((c) => [c.part ?? 'none', c.alsoPart]);
      for (const v of f.examples!.valid) expect(partsOf(v), v).toContain(f.part);
      for (const v of f.examples!.invalid) expect(partsOf(v), v).not.toContain(f.part);
    });
  }
});

describe('story checks run their examples', () => {
  it('has the checks the guide asks for', () => {
    const ids = rules.checks.map((c) => c.id);
    for (const id of ['story/missing-situation', 'story/missing-task', 'story/missing-action', 'story/missing-result',
      'story/result-without-number', 'story/result-without-baseline', 'story/no-sustained-window', 'story/we-without-i',
      'story/heroics', 'story/action-share', 'story/speaking-time', 'story/hedges', 'story/empty', 'story/run-on']) {
      expect(ids).toContain(id);
    }
  });
  for (const check of rules.checks) {
    it(check.id, () => {
      for (const v of check.examples.valid.map(expand)) {
        expect(analyzeStory(v).findings.map((f) => f.rule), `valid: ${v.slice(0, 80)}`).not.toContain(check.id);
      }
      for (const v of check.examples.invalid.map(expand)) {
        expect(analyzeStory(v).findings.map((f) => f.rule), `invalid: ${v.slice(0, 80)}`).toContain(check.id);
      }
    });
  }
  it('every check quotes the guide', () => {
    for (const check of rules.checks) expect(check.source).toMatch(/guide: '/);
  });
});

describe('loadStoryRules', () => {
  it('collects every problem with its file and path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-rules-'));
    mkdirSync(join(dir, 'cues'));
    mkdirSync(join(dir, 'checks'));
    writeFileSync(join(dir, 'lexicon.yml'), 'source: x\nlists: { verb: [ran] }\n');
    writeFileSync(join(dir, 'cues', 'bad.yml'), 'part: plot\nsource: x\ncues: []\n');
    writeFileSync(join(dir, 'cues', 'regex.yml'), "part: task\nsource: x\ncues:\n  - {id: a, pattern: '(', weight: 1, examples: {valid: [x]}}\n  - {id: b, pattern: '{nolist}', weight: 1, examples: {valid: [x]}}\n");
    writeFileSync(join(dir, 'checks', 'no-examples.yml'), "kind: empty\nlevel: error\nmessage: m\nsource: s\npenalty: 1\nexamples: {valid: [], invalid: []}\n");
    writeFileSync(join(dir, 'checks', 'broken.yml'), 'kind: [\n');
    let error: unknown;
    try { loadStoryRules(dir); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(RuleLoadError);
    const problems = (error as RuleLoadError).problems.join('\n');
    expect(problems).toMatch(/cues\/bad\.yml:1: part:/);
    expect(problems).toMatch(/cues\/bad\.yml:3: cues:/);
    expect(problems).toMatch(/cues\/regex\.yml: cues\.0\.pattern: bad pattern/);
    expect(problems).toMatch(/cues\/regex\.yml: cues\.1\.pattern: unknown list \{nolist\}/);
    expect(problems).toMatch(/checks\/no-examples\.yml:6: examples:/);
    expect(problems).toMatch(/checks\/broken\.yml:/);
  });
});
