// Export, then import with mammoth: every section, role and bullet comes back in order with identical text.
import fc from 'fast-check';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exportResumeDocx } from '../../src/export/resume.ts';
import { importDocx } from '../../src/import/index.ts';
import { SAMPLE_RESUME } from '../../src/resume/sample.ts';
import type { Resume } from '../../src/resume/schema.ts';

describe('DOCX round trip', () => {
  it('gives back the whole sample resume', async () => {
    const { buffer } = await exportResumeDocx(SAMPLE_RESUME);
    const back = await importDocx(buffer);
    expect(back.warnings).toEqual([]);
    expect(back.resume).toEqual(SAMPLE_RESUME);
  });

  it('mammoth sees the sections as h1, roles as h2 and bullets as list items, in order', async () => {
    const { buffer } = await exportResumeDocx(SAMPLE_RESUME);
    const { value: html } = await mammoth.convertToHtml({ buffer });
    const h1 = [...html.matchAll(/<h1>([^<]*)<\/h1>/g)].map((m) => m[1]);
    expect(h1).toEqual(['Summary', 'Experience', 'Education', 'Certifications', 'Skills']);
    const h2 = [...html.matchAll(/<h2>([^<\t]*)\t/g)].map((m) => m[1]);
    expect(h2.slice(0, 5)).toEqual(SAMPLE_RESUME.work!.map((w) => w.position));
    const li = [...html.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(li).toEqual(SAMPLE_RESUME.work!.flatMap((w) => w.highlights));
  });

  const WORDS = ['Cut', 'Raised', 'denials', 'LWBS', 'days in A/R', 'by', 'standardizing', 'prior-auth', 'from', 'to', 'HCAHPS', 'café', 'Zoë', '“quoted”', 'R&D', '<tags>', 'naïve', '东京', '🙂'];
  const word = fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: 1, max: 99_999 }).map((n) => `${n}%`), fc.constantFrom('$1.4M', '–12', '+7', '(from 8 to 6)'));
  const sentence = (min: number, max: number) =>
    fc.tuple(fc.constantFrom('Cut', 'Reduced', 'Led', 'Grew', 'Achieved'), fc.array(word, { minLength: min, maxLength: max })).map(([first, rest]) => [first, ...rest].join(' '));
  const month = fc.tuple(fc.integer({ min: 1995, max: 2025 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  const role = fc.record({
    position: fc.constantFrom('Practice Manager', 'Director, Revenue Cycle', 'Nurse Manager, 5 West', 'Operations Analyst', 'VP of Operations', 'Director — Special Projects', 'Manager, Lakeshore Health'),
    name: fc.constantFrom('Mercy Valley Hospital', 'Northside Family Medicine', 'St. Luke’s & Partners', 'Kaiser — North'),
    location: fc.constantFrom('Dayton, OH', 'Austin, TX'),
    startDate: month,
    highlights: fc.array(sentence(2, 18), { minLength: 1, maxLength: 8 }),
  }, { requiredKeys: ['position', 'name', 'startDate', 'highlights'] });

  it('keeps every role and bullet for generated resumes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(role, { minLength: 1, maxLength: 5 }), sentence(3, 20), async (work, summary) => {
        const resume: Resume = { basics: { name: 'Dana Whitfield', summary }, work };
        const back = await importDocx((await exportResumeDocx(resume)).buffer);
        expect(back.resume).toEqual(resume);
      }),
      { numRuns: 15 },
    );
  });
});
