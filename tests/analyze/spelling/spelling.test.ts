// The spelling check: collected misspellings caught with the right fix first, the field's words never flagged, the
// finding in the contract's shape, a KPI read through a one-letter typo, and the user's own dictionary.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBullet, analyzeStory } from '../../../src/analyze/index.ts';
import { findMisspellings } from '../../../src/analyze/spelling/index.ts';
import { kpiWords } from '../../../src/analyze/spelling/dictionary.ts';
import { findConfusions, loadSpellingRules, spellingRules } from '../../../src/analyze/spelling/rules.ts';
import { getRules } from '../../../src/rules/index.ts';
import { parseBullet } from '../../../src/analyze/pipeline/index.ts';
import { sharedFile } from '../../../scripts/shared-data.ts';
import { CORRECT, MISSPELLED } from './cases.ts';

const line = (text: string) => findMisspellings(text).map((m) => `${m.start}-${m.end} ${m.word} -> ${m.fixes[0]}`);

describe('misspellings a manager makes', () => {
  it.each(MISSPELLED)('%s', (text, word, fix) => {
    const start = text.indexOf(word);
    expect(line(text)).toEqual([`${start}-${start + word.length} ${word} -> ${fix}`]);
  });
});

it('catches every typo of a bullet that has several', () => {
  expect(line('Cut denails 30% by automating eligiblity checks and retraning registrars.')).toEqual([
    '4-11 denails -> denials', '30-40 eligiblity -> eligibility', '52-61 retraning -> retraining',
  ]);
});

describe('correct bullets full of the field\'s words', () => {
  it.each(CORRECT)('%s', (text) => {
    expect(line(text)).toEqual([]);
  });

  it('never flags a KPI name, abbreviation or KPI example', () => {
    for (const file of getRules().files.kpis) {
      for (const k of file.data.kpis) expect(line(`Improved ${k.label} and ${(k.abbreviations ?? []).join(', ')}.`)).toEqual([]);
      for (const e of file.data.examples) expect(line(e.text)).toEqual([]);
    }
  });

  it('never flags a word of the vocabulary, in any case', () => {
    const words = [...spellingRules().vocabulary.display.values()];
    for (const w of words) {
      expect(line(`Led ${w} rollout for 3 clinics.`), w).toEqual([]);
      // Lower case is fine too, except where a confusion asks for the capitals ("hipaa" -> HIPAA).
      const lower = `Led ${w.toLowerCase()} rollout for 3 clinics.`;
      if (!findConfusions(lower, spellingRules().confusions).length) expect(line(lower), w).toEqual([]);
    }
  });

  it('leaves names, acronyms, codes, addresses and numbers alone', () => {
    for (const text of [
      'Opened the Speare Memorial clinic in Charlestown with Dr. Okonkwo-Baptiste.',
      'Coded 1,200 ICD-10-CM and CPT 99213 claims in Q3 FY24 with 3x fewer edits.',
      'Published at https://example.org/qi-reports and jane.doe@example.com.',
      'Cut intra- and post-operative delays 20% (see report.pdf).',
      'Cut XQZT backlog by half.',
    ]) expect(line(text), text).toEqual([]);
  });
});

describe('the finding', () => {
  it('has the contract shape: rule spelling, warning, the word\'s span, the fix first', () => {
    const text = 'Reduced readmisions from 18% to 11% by implementng discharge bundles.';
    const r = analyzeBullet(text);
    const spelling = r.findings.filter((f) => f.rule === 'spelling');
    expect(spelling.map((f) => [text.slice(f.start, f.end), f.severity, f.suggestions?.[0]])).toEqual([
      ['readmisions', 'warning', 'readmissions'],
      ['implementng', 'warning', 'implementing'],
    ]);
    expect(spelling[1]!.message).toContain("'implementng'");
  });

  it('costs points, so a typo is not a silent pass', () => {
    const clean = analyzeBullet('Cut denials from 12% to 6% by fixing registration errors at intake in 6 months.');
    const typo = analyzeBullet('Cut denials from 12% to 6% by fixing registraton errors at intake in 6 months.');
    expect(typo.score).toBeLessThan(clean.score);
  });

  it('is found in stories too', () => {
    const r = analyzeStory('Our clinic had 19% no-shows. I was asked to fix it. I implementd text reminders. No-shows fell to 9% in 6 months.');
    expect(r.findings.filter((f) => f.rule === 'spelling').map((f) => f.suggestions?.[0])).toEqual(['implemented']);
  });
});

describe('a KPI behind a typo', () => {
  it('is still found, and the finding says so', () => {
    const r = analyzeBullet('Reduced readmisions from 18% to 11% by calling every discharge within 48 hours.');
    expect(r.kpis.map((k) => [k.id, k.text, k.change])).toEqual([['readmissions', 'readmisions', 'down']]);
    expect(r.findings.find((f) => f.rule === 'spelling')!.message).toMatch(/Read as the Readmissions KPI/);
    expect(r.findings.map((f) => f.rule)).not.toContain('names-kpi');
  });

  it('is found through a typo in any KPI word, in bullets and stories', () => {
    expect(analyzeBullet('Cut claim denails from 12% to 6% in FY24.').kpis.map((k) => k.id)).toContain('denials');
    const story = analyzeStory('Readmisions were 18%. I called every discharge within 48 hours. Readmissions fell to 11%.');
    expect(story.kpis.filter((k) => k.id === 'readmissions').map((k) => k.text)).toEqual(['Readmisions', 'Readmissions']);
  });

  it('is read by the KPI stage itself, with its direction, at the word as written', () => {
    const text = 'Reduced readmisions from 18% to 11% in FY24.';
    const at = text.indexOf('readmisions');
    const kpis = parseBullet(text, getRules(), [{ start: at, end: at + 'readmisions'.length, fix: 'readmissions' }]).kpis;
    expect(kpis.map((k) => [k.id, k.text, k.change])).toEqual([['readmissions', 'readmisions', 'down']]);
    expect(parseBullet(text).kpis).toEqual([]);
  });

  it('leaves a bullet with no typo exactly as the engine reads it', () => {
    const text = 'Reduced readmissions from 18% to 11% by calling every discharge within 48 hours.';
    expect(analyzeBullet(text, { spelling: false }).kpis).toEqual(analyzeBullet(text).kpis);
  });
});

describe('a verb behind a typo', () => {
  it('still opens the bullet and carries its result', () => {
    const r = analyzeBullet('Reduecd no-shows 14% by calling every patient the day before.');
    expect(r.actionVerb).toMatchObject({ text: 'Reduecd', strength: 'strong' });
    expect(r.components.result.map((s) => s.text)).toEqual(['Reduecd no-shows 14%']);
    expect(r.components.intervention.map((s) => s.text)).toEqual(['by calling every patient the day before']);
    expect(r.findings.some((f) => f.rule === 'spelling')).toBe(true);
  });
});

describe('the user\'s dictionary', () => {
  it('stops a word being flagged', () => {
    // A unit's own word that looks like a typo of a common one.
    const text = 'Cut neurology wait from 60 to 12 days as every stroke follow-up was televisited within a week.';
    const bare = analyzeBullet(text);
    expect(bare.findings.filter((f) => f.rule === 'spelling').map((f) => text.slice(f.start, f.end))).toEqual(['televisited']);
    const withWord = analyzeBullet(text, { userWords: new Set(['televisited']) });
    expect(withWord.findings.filter((f) => f.rule === 'spelling')).toEqual([]);
    expect(withWord.score).toBeGreaterThan(bare.score);
  });
});

describe('the rule data', () => {
  it('loads, and every confusion catches its invalid examples and passes its valid ones', () => {
    const rules = loadSpellingRules();
    for (const c of rules.confusions) {
      for (const t of c.examples.invalid) expect(findConfusions(t, [c]).length, `${c.id}: ${t}`).toBeGreaterThan(0);
      for (const t of c.examples.valid) expect(findConfusions(t, [c]), `${c.id}: ${t}`).toEqual([]);
    }
  });

  it('refuses a confusion whose example fails', () => {
    const dir = join(tmpdir(), `spelling-rules-${process.pid}`);
    mkdirSync(join(dir, 'spelling', 'vocabulary'), { recursive: true });
    cpSync(join(getRules().root, 'spelling', 'check.yml'), join(dir, 'spelling', 'check.yml'));
    writeFileSync(join(dir, 'spelling', 'vocabulary', 'a.yml'), 'source: "guide, a test vocabulary"\nwords: [Epic]\n');
    writeFileSync(join(dir, 'spelling', 'confusions.yml'), [
      'source: "guide, a test confusion file"',
      'confusions:',
      '  - id: broken',
      '    needs: [hip]',
      "    match: '\\b(?<w>HIPPA)\\b'",
      '    fix: [HIPAA]',
      '    message: "The law is spelled HIPAA."',
      '    examples: { invalid: ["Trained staff on Hipaa."], valid: ["Trained staff on HIPPA."] }',
    ].join('\n'));
    try {
      expect(() => loadSpellingRules(dir)).toThrow(/valid example flagged: "Trained staff on HIPPA."/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the words of the KPI terms, in every form they match', () => {
    expect(kpiWords()).toEqual(expect.arrayContaining(['Readmissions', 'LWBS', 'HCAHPS', 'readmission', 'readmissions', 'hospitalisations', 'denials']));
    expect(kpiWords().filter((w) => /[()|?{}]/.test(w))).toEqual([]);
  });
});

describe('real resume lines', () => {
  // Words in those lines that are real typos (checked by eye); anything else flagged would be a false flag.
  const REAL_TYPOS = new Set(['excerise', 'apon']);
  const file = sharedFile('eval/real-dev-bullets.jsonl', 'the real-line false-flag check');
  it.skipIf(!file)('raise no spelling finding except on real typos', () => {
    const texts = readFileSync(file!, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
    const flagged = texts.flatMap((t) => findMisspellings(t).map((m) => m.word.toLowerCase()));
    expect(flagged.filter((w) => !REAL_TYPOS.has(w))).toEqual([]);
    expect(flagged.length).toBeGreaterThan(0);
  });
});
