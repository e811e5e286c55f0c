// The rewrite's quality bars on real resume lines (../shared/eval/real-dev-bullets.jsonl, other people's words, read
// in place and skipped with a note when absent), and the measures themselves on lines of our own.
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../scripts/shared-data.ts';
import { doubledFrom, measure, misspelledVerbForms, partAsked, projectVerbs, readLabelled, repeatedWords } from '../../eval/rewrite.ts';

const file = sharedFile('eval/real-dev-bullets.jsonl', 'the rewrite quality bars on the real dev set');

describe.skipIf(!file)('rewrites of the real dev bullets', () => {
  // Measured inside the test: a skipped describe still runs its body while tests are collected.
  it('never double "from", repeat a word, misspell a verb form or invent a number', () => {
    const f = measure(readLabelled(file!));
    expect({ doubledFrom: f.doubledFrom, repeatedWords: f.repeatedWords, misspelled: f.misspelled, invented: f.invented, examples: f.examples })
      .toMatchObject({ doubledFrom: 0, repeatedWords: 0, misspelled: 0, invented: 0 });
    // At most 2% of rewrites ask for a part the labels say the bullet already states.
    expect(f.asksPresent / f.bullets, f.examples['asks-present']?.join('\n')).toBeLessThanOrEqual(0.02);
  });
}, 120_000);

describe('the measures can fail', () => {
  it('name the part a placeholder asks for', () => {
    expect(['[result: what improved]', '[how: what you changed]', '[baseline: rate before]', '[by how much]', '[what you did about it]'].map(partAsked))
      .toEqual(['result', 'intervention', 'baseline', 'metric', undefined]);
  });
  it('catch a doubled "from", a repeated word and a misspelled verb form', () => {
    expect(doubledFrom('Increased census from 90 in 2019 to 150 in 2021.', 'Increased census from 90 from a baseline of [baseline: figure before] in 2019 to 150.')).toBe(true);
    expect(doubledFrom('Cut waits from 50 to 20 minutes.', 'Cut waits from 50 to 20 minutes by [how: what you changed].')).toBe(false);
    expect(repeatedWords('Raised scores.', 'Raised scores by by rounding.')).toEqual(['by']);
    expect(repeatedWords('Cut waits.', 'Cut waits [by how much] by [how: what you changed].')).toEqual([]);
    const verbs = projectVerbs();
    expect(misspelledVerbForms('Submitted 250 appeals to payers.', '[result: what improved] by submiting 250 appeals to payers.', verbs)).toEqual(['submiting']);
    expect(misspelledVerbForms('Submitted 250 appeals to payers.', '[result: what improved] by submitting 250 appeals to payers.', verbs)).toEqual([]);
    expect(misspelledVerbForms('Counseled families on hospice benefits.', '[result: what improved] by counseling families on hospice benefits.', verbs)).toEqual([]);
  });
});
