// Resumes as people paste them, and as other tools write them: the structure reader's fallbacks.
import { AlignmentType, Document, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocx, importText, ImportError } from '../../src/import/index.ts';

const PASTED = `Maria Chen, MHA
Clinic Operations Manager
Austin, TX | (512) 555-0190 | maria.chen@example.org | linkedin.com/in/mariachen

PROFESSIONAL SUMMARY
Clinic manager with 8 years in ambulatory care.

PROFESSIONAL EXPERIENCE
Clinic Operations Manager — Hill Country Medical Group, Austin, TX      Jan 2020 – Present
• Cut no-shows from 18% to 11% in 6 months by piloting SMS reminders and
  same-week rebooking.
• Reduced new-patient lag by 9 days through template redesign.

Hill Country Medical Group
Patient Access Supervisor    2016 - 2019
- Trained 14 schedulers on Epic Cadence, lowering scheduling errors 35%.

EDUCATION
Master of Health Administration, Texas State University, 2016
Bachelor of Science in Public Health — University of Houston — 2013

LICENSES & CERTIFICATIONS
CMPE, Medical Group Management Association (2021)
Lean Six Sigma Green Belt

Core Competencies
Access: template management, referral management; call-center metrics
Epic, Athena, Tableau

VOLUNTEER WORK
Board member, Austin Free Clinic
`;

describe('plain text import', () => {
  const { resume, warnings } = importText(PASTED);

  it('reads the header', () => {
    expect(resume.basics).toMatchObject({
      name: 'Maria Chen, MHA',
      label: 'Clinic Operations Manager',
      phone: '(512) 555-0190',
      email: 'maria.chen@example.org',
      location: { city: 'Austin', region: 'TX' },
      profiles: [{ network: 'LinkedIn', url: 'linkedin.com/in/mariachen' }],
      summary: 'Clinic manager with 8 years in ambulatory care.',
    });
  });

  it('reads roles, with wrapped bullets joined and the organization on either line', () => {
    expect(resume.work).toEqual([
      {
        position: 'Clinic Operations Manager', name: 'Hill Country Medical Group', location: 'Austin, TX', startDate: '2020-01',
        highlights: [
          'Cut no-shows from 18% to 11% in 6 months by piloting SMS reminders and same-week rebooking.',
          'Reduced new-patient lag by 9 days through template redesign.',
        ],
      },
      {
        position: 'Patient Access Supervisor', name: 'Hill Country Medical Group', startDate: '2016', endDate: '2019',
        highlights: ['Trained 14 schedulers on Epic Cadence, lowering scheduling errors 35%.'],
      },
    ]);
  });

  it('reads education, certifications and skills', () => {
    expect(resume.education).toEqual([
      { studyType: 'Master of Health Administration', institution: 'Texas State University', endDate: '2016' },
      { studyType: 'Bachelor of Science', area: 'Public Health', institution: 'University of Houston', endDate: '2013' },
    ]);
    expect(resume.certificates).toEqual([
      { name: 'CMPE', issuer: 'Medical Group Management Association', date: '2021' },
      { name: 'Lean Six Sigma Green Belt' },
    ]);
    expect(resume.skills).toEqual([
      { name: 'Access', keywords: ['template management', 'referral management', 'call-center metrics'] },
      { name: 'Epic' }, { name: 'Athena' }, { name: 'Tableau' },
    ]);
  });

  it('says which sections it skipped', () => {
    expect(warnings).toEqual(['Skipped the "VOLUNTEER WORK" section (1 line): it has no place in the resume model yet.']);
  });

  it('takes bare bullets with no headings at all as one role', () => {
    const r = importText('Dana Whitfield\n\nExperience\n- Cut RN overtime 22% through float pool expansion.\n* Reduced readmissions 1.4 pts.');
    expect(r.resume.work).toEqual([{ highlights: ['Cut RN overtime 22% through float pool expansion.', 'Reduced readmissions 1.4 pts.'] }]);
  });

  it('refuses empty or binary text', () => {
    expect(() => importText('   \n ')).toThrow(ImportError);
    expect(() => importText('\u0000\u0001\u0002binary')).toThrow(/binary/);
  });
});

describe('DOCX written by another tool', () => {
  it('reads bold headings, typed bullets and tabbed dates', async () => {
    const tab = [{ type: TabStopType.RIGHT, position: 9000 }];
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'JAMES OKAFOR', bold: true, size: 32 })] }),
          new Paragraph('james.okafor@example.com • 555-201-3344 • Chicago, IL'),
          new Paragraph({ children: [new TextRun({ text: 'EXPERIENCE', bold: true })] }),
          new Paragraph({ tabStops: tab, children: [new TextRun({ text: 'Lakeshore Community Hospital', bold: true }), new TextRun({ children: ['\t', 'Chicago, IL'] })] }),
          new Paragraph({ tabStops: tab, children: [new TextRun({ text: 'Nurse Manager, ICU', italics: true }), new TextRun({ children: ['\t', '03/2018 – Present'] })] }),
          new Paragraph('• Achieved zero CLABSI for 14 months through bundle audits.'),
          new Paragraph('• Cut RN vacancy from 14% to 5% with a preceptor program.'),
          new Paragraph({ children: [new TextRun({ text: 'EDUCATION', bold: true })] }),
          new Paragraph('MSN, Loyola University Chicago, 2017'),
        ],
      }],
    });
    const { resume } = await importDocx(await Packer.toBuffer(doc));
    expect(resume.basics).toMatchObject({ name: 'JAMES OKAFOR', email: 'james.okafor@example.com', phone: '555-201-3344', location: { city: 'Chicago', region: 'IL' } });
    expect(resume.work).toEqual([{
      position: 'Nurse Manager, ICU', name: 'Lakeshore Community Hospital', location: 'Chicago, IL', startDate: '2018-03',
      highlights: ['Achieved zero CLABSI for 14 months through bundle audits.', 'Cut RN vacancy from 14% to 5% with a preceptor program.'],
    }]);
    expect(resume.education).toEqual([{ studyType: 'MSN', institution: 'Loyola University Chicago', endDate: '2017' }]);
  });
});

describe('plain text variants', () => {
  it('reads labelled contact details, dotted months and headings with colons', () => {
    const { resume } = importText([
      'Priya Natarajan',
      'Email: priya.n@example.com | Phone: 312-555-0117 | Chicago, IL',
      '',
      'Work History:',
      'Director of Patient Access, Lakeshore Health | Jan. 2019 – Dec. 2021',
      '* Cut call abandonment from 14% to 5% by adding a callback queue.',
      'Education:',
      'MBA — Loyola University Chicago — 2015',
    ].join('\n'));
    expect(resume.basics).toMatchObject({ name: 'Priya Natarajan', email: 'priya.n@example.com', phone: '312-555-0117', location: { city: 'Chicago', region: 'IL' } });
    expect(resume.work).toEqual([{
      position: 'Director of Patient Access', name: 'Lakeshore Health', startDate: '2019-01', endDate: '2021-12',
      highlights: ['Cut call abandonment from 14% to 5% by adding a callback queue.'],
    }]);
    expect(resume.education).toEqual([{ studyType: 'MBA', institution: 'Loyola University Chicago', endDate: '2015' }]);
  });
});

describe('position and organization on one line', () => {
  it('splits at a dash, a bar, "at", or a comma before an organization name', async () => {
    const { splitPositionOrg } = await import('../../src/import/structure.ts');
    expect(splitPositionOrg('Practice Manager — Northside Family Medicine')).toEqual({ position: 'Practice Manager', org: 'Northside Family Medicine' });
    expect(splitPositionOrg('Nurse Manager at Mercy Valley Hospital')).toEqual({ position: 'Nurse Manager', org: 'Mercy Valley Hospital' });
    expect(splitPositionOrg('Director of Patient Access, Lakeshore Health')).toEqual({ position: 'Director of Patient Access', org: 'Lakeshore Health' });
    expect(splitPositionOrg('Director, Ambulatory Operations')).toEqual({ position: 'Director, Ambulatory Operations' });
    expect(splitPositionOrg('Director, Behavioral Health')).toEqual({ position: 'Director, Behavioral Health' });
    expect(splitPositionOrg('Manager, Revenue Cycle')).toEqual({ position: 'Manager, Revenue Cycle' });
  });
});
