// The match end to end on postings written for the tests: requirements, evidence with its place, acronym pairs as
// one, more specific credentials standing for general ones, years from role dates, the score and its reasons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractRequirements, matchPosting, tailoredResume } from '../../src/match/index.ts';
import { checkPostingText, MAX_POSTING_CHARS, postingFromFile } from '../../src/match/posting-input.ts';
import type { Resume } from '../../src/resume/schema.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'postings', name), 'utf8');
const TODAY = new Date('2026-06-01T00:00:00Z');

const resume: Resume = {
  basics: { name: 'Dana Reyes', summary: 'Revenue cycle leader for hospital and clinic billing.' },
  work: [
    {
      position: 'Manager, Patient Financial Services', name: 'Harbor Health', startDate: '2019-01',
      highlights: [
        'Answered payer questions for the billing office.',
        'Cut A/R days from 52 to 41 in 9 months by reworking follow-up queues by payer.',
        'Reduced initial denials from 11% to 7% by adding eligibility checks at registration.',
      ],
    },
    { position: 'Billing Supervisor', name: 'Bay Clinic', startDate: '2015-06', endDate: '2018-12', highlights: ['Trained 8 billers on Epic Resolute claim edits.'] },
  ],
  education: [{ institution: 'State University', studyType: 'Master of Health Administration (MHA)' }],
  certificates: [{ name: 'Lean Six Sigma Black Belt' }],
  skills: [{ name: 'Tools', keywords: ['Excel', 'Epic'] }],
};

describe('requirements of a posting', () => {
  const reqs = extractRequirements(fixture('revenue-cycle-director.txt'));
  const byId = new Map(reqs.map((r) => [r.id, r]));
  it('reads kind and importance from the sections and cues', () => {
    expect(byId.get('credential:crcr')?.importance).toBe('required');
    expect(byId.get('system:epic')?.importance).toBe('required');
    expect(byId.get('degree:mba')?.importance).toBe('preferred');
    expect(byId.get('experience:7-years')).toMatchObject({ kind: 'experience', importance: 'required', years: 7 });
    expect(byId.get('kpi:denials')?.importance).toBe('mentioned');
  });
  it('skips header fields and the equal-opportunity line', () => {
    expect(byId.has('skill:scheduling')).toBe(false);
    expect(reqs.flatMap((r) => r.terms)).not.toContain('Full Time');
  });
  it('does not read sections that ask nothing of the candidate', () => {
    const text = ['Responsibilities', '- Reduce denials.', 'Physical Requirements', '- Must be able to lift 25 pounds; regulatory compliance training provided.',
      'What we offer', '- Tuition reimbursement and paid time off.', 'Career Path', '- Director of Revenue Cycle'].join('\n');
    expect(extractRequirements(text).map((r) => r.id)).toEqual(['kpi:denials']);
  });
  it('reads requirement headings written together and degrees named with their field', () => {
    const text = ['Education/Experience:', "- Master's degree in Health Administration (MHA), Business Administration (MBA), or Public Health (MPH).",
      '- Five (5) years of progressive leadership experience.', 'Preferred Qualifications', '- Lean Six Sigma certification.'].join('\n');
    const got = new Map(extractRequirements(text).map((r) => [r.id, r.importance]));
    expect(Object.fromEntries(got)).toEqual({
      'degree:mha': 'required', 'degree:mba': 'required', 'degree:mph': 'required', 'experience:5-years': 'required',
      'credential:six-sigma-certification': 'preferred',
    });
  });
  it('keeps the posting words and their offsets', () => {
    const text = fixture('revenue-cycle-director.txt');
    for (const r of reqs) for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('matchPosting', () => {
  const posting = [
    'Requirements',
    '- Master\'s degree required.',
    '- Lean Six Sigma Green Belt preferred.',
    '- 5+ years of revenue cycle leadership experience.',
    'Responsibilities',
    '- Reduce days in accounts receivable and denials.',
    '- Maintain payer contracts.',
  ].join('\n');
  const result = matchPosting(posting, { resume, stories: [{ title: 'Denials turnaround', text: 'Denials had doubled. I rebuilt the front-end edits. Denials fell by a third.' }] }, TODAY);
  const req = (id: string) => result.requirements.find((r) => r.id === id)!;

  it('quotes the bullet that shows a KPI, with its role', () => {
    const ar = req('kpi:days-in-ar');
    expect(ar.matched).toBe(true);
    expect(ar.evidence[0]).toMatchObject({ text: resume.work![0]!.highlights![1], where: 'Manager, Patient Financial Services, Harbor Health: bullet 2', source: 'bullet' });
  });
  it('counts an acronym and its expansion as one requirement and suggests writing both', () => {
    expect(result.requirements.filter((r) => r.id === 'kpi:days-in-ar')).toHaveLength(1);
    const both = result.suggestions.find((s) => s.kind === 'write-both-forms' && s.requirementId === 'kpi:days-in-ar');
    expect(both?.message).toContain('"days in accounts receivable (A/R)"');
  });
  it('lets an MHA stand for a master\'s and a Black Belt for a Green Belt', () => {
    expect(req('degree:masters')).toMatchObject({ matched: true, evidence: [expect.objectContaining({ source: 'education' })] });
    expect(req('credential:six-sigma-green-belt')).toMatchObject({ matched: true, evidence: [expect.objectContaining({ source: 'certificate' })] });
  });
  it('counts years from role dates, overlaps once', () => {
    // 2015-06..2018-12 and 2019-01..2026-06: 11 years.
    expect(req('experience:5-years')).toMatchObject({ matched: true });
    expect(req('experience:5-years').reason).toContain('about 10 years');
  });
  it('finds evidence in stories, quoting the sentence', () => {
    expect(req('kpi:denials').evidence.some((e) => e.source === 'story' && e.text === 'Denials fell by a third.')).toBe(true);
  });
  it('scores with reasons: every point traceable to a requirement', () => {
    const earned = result.requirements.reduce((n, r) => n + r.points, 0);
    const possible = result.requirements.reduce((n, r) => n + r.weight, 0);
    expect(result.score).toBe(Math.round((100 * earned) / possible));
    expect(result.explanation.lines).toHaveLength(result.requirements.length);
    expect(result.requirements.every((r) => r.points === (r.matched ? r.weight : 0))).toBe(true);
    expect(req('degree:masters').weight).toBeGreaterThan(req('kpi:denials').weight);
    expect(matchPosting(posting, { resume }, TODAY).score).toBe(matchPosting(posting, { resume }, TODAY).score);
  });
  it('suggests moving the most relevant bullet up and says what has no evidence', () => {
    const move = result.suggestions.find((s) => s.kind === 'move-up');
    expect(move?.bullet).toEqual({ role: 0, index: 1 });
    const missing = result.suggestions.find((s) => s.requirementId === 'skill:payer-relations' || s.requirementId === 'skill:contract-management');
    expect(missing?.kind).toBe('add-evidence');
  });
  it('an empty resume matches nothing and scores 0; a posting with no requirement scores 0 with a reason', () => {
    expect(matchPosting(posting, {}, TODAY).score).toBe(0);
    const none = matchPosting('We are a friendly team in a sunny town.', { resume }, TODAY);
    expect(none.score).toBe(0);
    expect(none.explanation.lines.join(' ')).toMatch(/nothing to score/);
  });
  it('takes bare bullets when there is no resume', () => {
    const r = matchPosting(posting, { bullets: ['Cut denials 30% by fixing eligibility checks.'] }, TODAY);
    expect(r.requirements.find((x) => x.id === 'kpi:denials')?.evidence[0]?.where).toBe('bullet 1');
  });
});

describe('tailored resume', () => {
  const result = matchPosting('Reduce denials and days in A/R.', { resume }, TODAY);
  it('orders bullets by relevance, adds nothing, and leaves out what the user unticked', () => {
    const t = tailoredResume(resume, result.bullets);
    const first = t.work![0]!.highlights!;
    expect(first[0]).not.toBe(resume.work![0]!.highlights![0]);
    expect([...first].sort()).toEqual([...resume.work![0]!.highlights!].sort());
    const without = tailoredResume(resume, result.bullets, new Set(['0.0']));
    expect(without.work![0]!.highlights).toHaveLength(2);
    expect(without.work![0]!.highlights).not.toContain(resume.work![0]!.highlights![0]);
    expect(JSON.stringify(without.basics)).toBe(JSON.stringify(resume.basics));
  });
});

describe('posting input', () => {
  it('refuses empty, oversized and binary postings with a status', async () => {
    expect(() => checkPostingText('  \n ')).toThrow(expect.objectContaining({ status: 400 }));
    expect(() => checkPostingText('x'.repeat(MAX_POSTING_CHARS + 1))).toThrow(expect.objectContaining({ status: 413 }));
    expect(() => checkPostingText('a\u0000b\u0001c\u0002'.repeat(100))).toThrow(expect.objectContaining({ status: 415 }));
    await expect(postingFromFile(Buffer.from('%PDF-1.7 ...'), 'p.pdf')).rejects.toMatchObject({ status: 415 });
    await expect(postingFromFile(Buffer.from('PK\u0003\u0004garbage'), 'p.docx')).rejects.toMatchObject({ status: expect.any(Number) });
    expect(await postingFromFile(Buffer.from('\uFEFFCRCR required.'), 'p.txt')).toBe('CRCR required.');
  });
});
