import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { io } from './io.ts';

describe('resume-vitals analyze', () => {
  it('jsonl: one object per non-empty line, bullet marks dropped, in order', async () => {
    const b = io('• Cut RN overtime 22% through float pool expansion\n\n  2. Handled patient complaints.\n- Reduced denials 10%\n');
    expect(await main(['analyze', '--format', 'jsonl'], b)).toBe(0);
    const lines = b.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.text)).toEqual(['Cut RN overtime 22% through float pool expansion', 'Handled patient complaints.', 'Reduced denials 10%']);
    expect(lines.every((l) => l.kind === 'bullet')).toBe(true);
  });

  it('json: one array; text: a linter-style report', async () => {
    const j = io('Helped reduce no-shows.');
    await main(['analyze', '--format=json', '-'], j);
    expect(JSON.parse(j.out)).toHaveLength(1);
    const t = io('Helped reduce no-shows.');
    await main(['analyze'], t);
    expect(t.out).toMatch(/1:1-1:7\s+warning\s+'Helped' hides your own part.*weak-opener/);
  });

  it('stories are separated by blank lines', async () => {
    const b = io('We had a problem. I fixed it.\n\n\nDenials fell 20%.\r\n \r\nAnother one.');
    await main(['analyze', '--kind', 'story', '--format', 'jsonl'], b);
    expect(b.out.trim().split('\n')).toHaveLength(3);
  });

  it('exit 2 with one clear line for bad usage, a missing file or binary input', async () => {
    const bad = io();
    expect(await main(['analyze', '--kind', 'poem'], bad)).toBe(2);
    expect(bad.err).toMatch(/--kind' must be one of bullet, story/);
    const missing = io();
    expect(await main(['analyze', '/no/such/file.txt'], missing)).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(join(dir, 'x.bin'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe]));
    const bin = io();
    expect(await main(['analyze', join(dir, 'x.bin')], bin)).toBe(2);
    expect(bin.err).toMatch(/looks binary/);
    const unknown = io();
    expect(await main(['frobnicate'], unknown)).toBe(2);
  });
});

describe('text report', () => {
  it('marks the parts in place, outer spans around inner ones', async () => {
    const b = io('Cut RN overtime 22% through float pool expansion; agency spend –$1.1M');
    await main(['analyze'], b);
    expect(b.out).toContain('«Cut RN overtime [22%]» <through float pool expansion>; «agency spend [–$1.1M]»');
    expect(b.out).toMatch(/^marks: «result» <intervention>/);
  });
});

describe('resume-vitals analyze: spelling and private data', () => {
  it('shows each misspelled word with its fix in the text report, and the fix first in JSON', async () => {
    const t = io('Trained 40 staff on HIPPA rules and cut readmisions 30%.\n');
    expect(await main(['analyze'], t)).toBe(0);
    expect(t.out).toContain('1:21-1:26  warning  The privacy law is spelled HIPAA (Health Insurance Portability and Accountability Act): one P, two As. "HIPPA" -> HIPAA  spelling');
    expect(t.out).toMatch(/"readmisions" -> readmissions \(or: readmission\)  spelling/);
    expect(t.out).toMatch(/Read as the Readmissions KPI/);
    const j = io('Trained 40 staff on HIPPA rules.');
    await main(['analyze', '--format', 'json'], j);
    const [r] = JSON.parse(j.out) as { findings: { rule: string; start: number; end: number; suggestions?: string[] }[] }[];
    expect(r!.findings.filter((f) => f.rule === 'spelling')).toMatchObject([{ start: 20, end: 25, suggestions: ['HIPAA'] }]);
  });

  it('reports a patient named with a record number as errors', async () => {
    const t = io('Documented the fall of patient John Smith (MRN 00482913) on 3/14/2023.\n');
    await main(['analyze'], t);
    expect(t.out).toMatch(/error +Remove the patient's name.*patient-name/);
    expect(t.out).toMatch(/error +Remove the medical record number.*medical-record-number/);
  });
});

describe('one input rule for every command', () => {
  // A UTF-8 file with a few stray U+FFFD characters (about 3% of bad bytes would be refused by both).
  const text = `Cut RN overtime 22% through float pools \uFFFD\uFFFD\n${Array.from({ length: 12 }, (_, i) => `Reduced denials ${i + 1}% \uFFFD with eligibility checks over 90 days`).join('\n')}\n`;
  const cases: [string, Buffer][] = [
    ['stray replacement characters', Buffer.from(text)],
    ['a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Cut RN overtime 22% through float pools\n')])],
    ['NUL bytes', Buffer.from('Cut RN overtime\u0000 22%')],
    ['latin1 bytes', Buffer.from('Cut overtime 22% \xe9\xe9\xe9\xe9\xe9\xe9\xe9\xe9\xe9\xe9', 'latin1')],
  ];
  it.each(cases)('rewrite accepts or refuses %s exactly as analyze does', async (_what, bytes) => {
    const dir = mkdtempSync(join(tmpdir(), 'rv-cli-'));
    const file = join(dir, 'in.txt');
    writeFileSync(file, bytes);
    const a = io();
    const r = io();
    const analyzeCode = await main(['analyze', '--format', 'jsonl', file], a);
    const rewriteCode = await main(['rewrite', '--format', 'jsonl', file], r);
    expect(rewriteCode).toBe(analyzeCode);
    if (analyzeCode === 0) expect(r.out.trim().split('\n')).toHaveLength(a.out.trim().split('\n').length);
  }, 60_000);
});
