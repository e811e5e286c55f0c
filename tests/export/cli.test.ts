import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.ts';
import { SAMPLE_RESUME } from '../../src/resume/sample.ts';

function io(stdin = '') {
  const out = { stdout: '', stderr: '' };
  const cli: CliIo = { stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s), readStdin: async () => Buffer.from(stdin) };
  return { cli, out };
}

describe('resume-vitals export / import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rv-cli-'));

  it('exports a resume.json to a DOCX and imports it back', async () => {
    const json = join(dir, 'resume.json');
    const docx = join(dir, 'out.docx');
    writeFileSync(json, JSON.stringify(SAMPLE_RESUME));
    const a = io();
    expect(await main(['export', '--preflight', json, '-o', docx], a.cli)).toBe(0);
    expect(a.out.stdout).toMatch(/pre-flight: \d+ error\(s\), \d+ warning\(s\)\nwrote .*out\.docx/);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const b = io();
    expect(await main(['import', docx], b.cli)).toBe(0);
    expect(JSON.parse(b.out.stdout)).toEqual(SAMPLE_RESUME);
  });

  it('exports a PDF with --format pdf, or when the output name ends in .pdf', async () => {
    const json = join(dir, 'resume-pdf.json');
    writeFileSync(json, JSON.stringify(SAMPLE_RESUME));
    const out = join(dir, 'out.pdf');
    const a = io();
    expect(await main(['export', '--format', 'pdf', json, '-o', join(dir, 'explicit.bin')], a.cli)).toBe(0);
    expect(readFileSync(join(dir, 'explicit.bin')).subarray(0, 5).toString()).toBe('%PDF-');
    const b = io();
    expect(await main(['export', json, '-o', out], b.cli)).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const c = io();
    expect(await main(['export', '--format', 'odt', json], c.cli)).toBe(2);
    expect(c.out.stderr.split('\n')[0]).toBe('resume-vitals export: --format must be docx or pdf');
  });

  it('exits 2 with one clear line for a bad file', async () => {
    const c = io('{"work": "nope"}');
    expect(await main(['export', '-'], c.cli)).toBe(2);
    expect(c.out.stderr.split('\n')[0]).toMatch(/^resume-vitals export: This is not a valid JSON Resume: work: expected array/);
    const d = io();
    expect(await main(['import', join(dir, 'missing.json')], d.cli)).toBe(2);
    expect(d.out.stderr).toContain('ENOENT');
  });
});
