import { describe, expect, it } from 'vitest';
import { countWords, splitClauses, splitSentences } from '../../../src/analyze/story/sentences.ts';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('keeps decimals, money and percentages inside a sentence', () => {
    expect(texts('Net revenue rose $1.4M. Readmissions fell 1.4 points to 22.1%. Done.')).toEqual([
      'Net revenue rose $1.4M.', 'Readmissions fell 1.4 points to 22.1%.', 'Done.',
    ]);
  });
  it('does not end a sentence at titles, Latin shorthands, initials or "vs."', () => {
    expect(texts('I met Dr. Patel and J. Smith, e.g. the CMO, vs. last year at 9 a.m. on Monday. Then I left.')).toEqual([
      'I met Dr. Patel and J. Smith, e.g. the CMO, vs. last year at 9 a.m. on Monday.', 'Then I left.',
    ]);
  });
  it('ends at "etc." before a capital and at ?, ! and closing quotes', () => {
    expect(texts('We fixed templates, slots, etc. Then no-shows fell! Why? He said "done." Next.')).toEqual([
      'We fixed templates, slots, etc.', 'Then no-shows fell!', 'Why?', 'He said "done."', 'Next.',
    ]);
  });
  it('treats labelled or bulleted lines and blank lines as boundaries, not wrapped lines', () => {
    expect(texts('Situation: our clinic had 20% no-shows\nTask: cut them\n- piloted reminders\n\nwrapped line\ncontinues here')).toEqual([
      'Situation: our clinic had 20% no-shows', 'Task: cut them', '- piloted reminders', 'wrapped line\ncontinues here',
    ]);
  });
  it('returns spans whose text is the slice of the source', () => {
    const src = '  Our ED had 4% LWBS.  I led triage.   ';
    for (const s of splitSentences(src)) expect(src.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('splitClauses', () => {
  it('cuts at "as a result" and semicolons, keeping tiny clauses with their neighbour', () => {
    const src = 'I rebuilt the templates with the schedulers; as a result, new-patient lag fell 12 days.';
    const [sentence] = splitSentences(src);
    expect(splitClauses(src, sentence!).map((c) => c.text)).toEqual([
      'I rebuilt the templates with the schedulers;', 'as a result, new-patient lag fell 12 days.',
    ]);
  });
  it('cuts a long unpunctuated run-on at "and then" / "so I"', () => {
    const src = 'our clinic had a lot of no shows and the doctors were upset about it every single week and the schedulers were overwhelmed by calls all day long and nobody knew what to do so I looked at the data with the team and then I called the patients who missed and then we tried reminders and in the end no shows went down';
    const [sentence] = splitSentences(src);
    expect(splitClauses(src, sentence!).length).toBeGreaterThanOrEqual(4);
  });
});

describe('countWords', () => {
  it('counts numbers, money and hyphenated words as one word each', () => {
    expect(countWords('Net revenue +$1.4M, door-to-doc down 15 minutes (22.1%).')).toBe(8);
  });
});
