import { describe, expect, it } from 'vitest';
import { contentDisposition, docxFileName } from '../../src/export/file-name.ts';
import { resumeBlocks } from '../../src/export/resume.ts';
import { formatDateRange, parseDateRange } from '../../src/export/text.ts';

describe('resume -> blocks', () => {
  it('maps each part of the model to its block, in reading order', () => {
    const blocks = resumeBlocks({
      basics: { name: 'Dana Whitfield', label: 'Practice Manager', email: 'd@example.com', location: { city: 'Dayton', region: 'OH' } },
      work: [{ position: 'Practice Manager', name: 'Northside Family Medicine', startDate: '2012-01', endDate: '2014-07', highlights: ['Cut wait time 40%.', '  '] }],
      education: [{ studyType: 'Bachelor of Science', area: 'Nursing', institution: 'University of Cincinnati', endDate: '2010' }],
      certificates: [{ name: 'CPHQ', issuer: 'NAHQ', date: '2019-10' }],
      skills: [{ name: 'Systems', keywords: ['Epic', 'Tableau'] }, { name: 'Lean' }, { name: 'PDSA' }],
    });
    expect(blocks).toEqual([
      { kind: 'title', text: 'Dana Whitfield' },
      { kind: 'subtitle', text: 'Practice Manager' },
      { kind: 'contact', text: 'Dayton, OH | d@example.com' },
      { kind: 'section', text: 'Experience' },
      { kind: 'entry', text: 'Practice Manager', right: 'Jan 2012 – Jul 2014' },
      { kind: 'organization', text: 'Northside Family Medicine', right: '' },
      { kind: 'bullet', text: 'Cut wait time 40%.' },
      { kind: 'section', text: 'Education' },
      { kind: 'entry', text: 'Bachelor of Science in Nursing', right: '2010' },
      { kind: 'organization', text: 'University of Cincinnati' },
      { kind: 'section', text: 'Certifications' },
      { kind: 'line', text: 'CPHQ — NAHQ', right: 'Oct 2019' },
      { kind: 'section', text: 'Skills' },
      { kind: 'paragraph', lead: 'Systems:', text: 'Epic, Tableau' },
      { kind: 'paragraph', text: 'Lean, PDSA' },
    ]);
  });

  it('leaves out empty sections', () => {
    expect(resumeBlocks({ basics: { name: 'A B' }, work: [], skills: [] })).toEqual([{ kind: 'title', text: 'A B' }]);
  });
});

describe('dates', () => {
  it('formats month and year, and an open role as Present', () => {
    expect(formatDateRange('2021-03', undefined)).toBe('Mar 2021 – Present');
    expect(formatDateRange('2017-06-15', '2021')).toBe('Jun 2017 – 2021');
    expect(formatDateRange(undefined, undefined)).toBe('');
  });
  it('reads ranges back', () => {
    expect(parseDateRange('Mar 2021 – Present')).toEqual({ startDate: '2021-03' });
    expect(parseDateRange('06/2017 to 02/2021')).toEqual({ startDate: '2017-06', endDate: '2021-02' });
    expect(parseDateRange('2017-2021')).toEqual({ startDate: '2017', endDate: '2021' });
    expect(parseDateRange('September 2019')).toEqual({ endDate: '2019-09' });
    expect(parseDateRange('Columbus, OH')).toBeUndefined();
  });
});

describe('file name', () => {
  it('comes from the person’s name', () => {
    expect(docxFileName('Dana Whitfield')).toBe('Dana-Whitfield-Resume.docx');
    expect(docxFileName("  Seán O'Brien-Kaur, MHA ")).toBe('Seán-O-Brien-Kaur-MHA-Resume.docx');
    expect(docxFileName('../../etc/passwd')).toBe('etc-passwd-Resume.docx');
    expect(docxFileName(undefined)).toBe('Resume.docx');
    expect(docxFileName('Dana', 'Interview-Prep')).toBe('Dana-Interview-Prep.docx');
  });
  it('is safe in a Content-Disposition header', () => {
    expect(contentDisposition('Seán-Resume.docx')).toBe(`attachment; filename="Sean-Resume.docx"; filename*=UTF-8''Se%C3%A1n-Resume.docx`);
  });
});
