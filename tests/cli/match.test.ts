// resume-vitals match through main(): text and json output, a resume from a file or standard input, clear errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'rv-match-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const posting = join(dir, 'posting.txt');
writeFileSync(posting, 'Requirements\n- CRCR required.\n- Experience with Epic.\nResponsibilities\n- Reduce denials.\n');
const resumeFile = join(dir, 'resume.json');
writeFileSync(resumeFile, JSON.stringify({ basics: { name: 'A B' }, work: [{ position: 'Manager', name: 'Clinic', highlights: ['Cut denials from 12% to 7% by fixing eligibility checks.'] }] }));

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => Buffer.from(stdin) };
  const code = await main(['match', ...args], io);
  return { code, out, err };
}

describe('resume-vitals match', () => {
  it('prints json in the contract shape', async () => {
    const r = await run(['--posting', posting, '--format', 'json', resumeFile]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.score).toBe(Math.round((100 * 1) / (3 + 3 + 1)));
    const denials = json.requirements.find((x: { id: string }) => x.id === 'kpi:denials');
    expect(denials).toMatchObject({ label: 'Denials', kind: 'kpi', importance: 'mentioned', matched: true, terms: ['denials'] });
    expect(denials.evidence[0]).toMatchObject({ text: 'Cut denials from 12% to 7% by fixing eligibility checks.', where: 'Manager, Clinic: bullet 1' });
    expect(Array.isArray(json.suggestions)).toBe(true);
  });
  it('reads the resume from standard input and prints text', async () => {
    const r = await run(['--posting', posting, '-'], '{"work":[{"position":"Manager","highlights":["Rolled out Epic at 3 clinics."]}]}');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^score \d+\/100/);
    expect(r.out).toContain('✓ [required] system: Epic');
    expect(r.out).toContain('✗ [required] credential: Certified Revenue Cycle Representative (CRCR)');
  });
  it('without a resume lists the requirements', async () => {
    const r = await run(['--posting', posting]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('score 0/100');
  });
  it('exits 2 with one line for bad usage and bad input', async () => {
    expect((await run([])).code).toBe(2);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '   ');
    const r = await run(['--posting', empty]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/posting .* empty/);
    const bad = await run(['--posting', posting, '-'], '{"work": [');
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect((await run(['--posting', join(dir, 'missing.txt')])).err).toMatch(/cannot read/);
  });
});
