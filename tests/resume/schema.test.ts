import { describe, expect, it } from 'vitest';
import { parseResumeJson, validateResume } from '../../src/resume/parse.ts';
import { SAMPLE_RESUME } from '../../src/resume/sample.ts';

describe('JSON Resume schema', () => {
  it('accepts the sample and keeps sections it does not edit', () => {
    const r = parseResumeJson(JSON.stringify({ ...SAMPLE_RESUME, awards: [{ title: 'Top 100' }] }));
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.resume as Record<string, unknown>).awards).toEqual([{ title: 'Top 100' }]);
  });

  it('names the path of a bad date with a fix', () => {
    const r = parseResumeJson(JSON.stringify({ work: [{ position: 'Manager' }, { position: 'Director', startDate: 'Jan 2020' }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('not_json_resume');
      expect(r.issues[0]).toEqual({ path: 'work[1].startDate', message: expect.stringContaining('YYYY-MM') });
      expect(r.message).toContain('work[1].startDate');
    }
  });

  it('refuses JSON that is not a resume', () => {
    for (const value of [[1, 2], 'text', null, 42, { foo: 1 }, { work: 'manager' }, { basics: { name: 7 } }]) {
      const r = validateResume(value);
      expect(r.ok, JSON.stringify(value)).toBe(false);
    }
  });

  it('tells malformed JSON apart from a wrong shape', () => {
    const r = parseResumeJson('{"basics": {"name": "Dana"');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('not_json');
  });

  it('accepts a BOM and trims fields', () => {
    const r = parseResumeJson('\uFEFF{"basics":{"name":"  Dana Whitfield "}}');
    expect(r.ok && r.resume.basics?.name).toBe('Dana Whitfield');
  });

  it('caps sizes so one upload cannot flood the workspace', () => {
    const r = validateResume({ work: [{ highlights: Array.from({ length: 101 }, () => 'Cut overtime 5%.') }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe('work[0].highlights');
  });
});
