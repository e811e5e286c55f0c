// What keeps the first page fast after `npm start`: the server runs a compiled build that is never older than the
// sources, and the NLP model loads on the first analysis, not when the app is imported.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuild } from '../../scripts/build.mjs';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('start-up', () => {
  it('no module imports compromise itself: each gets it from loadCompromise() in src/nlp/index.ts, on first use', () => {
    const offenders = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && f !== join('nlp', 'index.ts'))
      .filter((f) => /^\s*import\s+(?!type\b)[^;]*from\s+['"]compromise['"]|import\(\s*['"]compromise['"]\s*\)/m.test(readFileSync(join(ROOT, 'src', f), 'utf8')));
    expect(offenders, 'import compromise through loadCompromise() from src/nlp/index.ts').toEqual([]);
  });

  it('importing the compiled app loads neither the NLP model nor the PDF writer, and the first analysis loads the model', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT });
    const probe = `
      const { createRequire } = await import('node:module');
      const req = createRequire(${JSON.stringify(join(ROOT, 'package.json'))});
      const loaded = (name = 'compromise') => Object.keys(req.cache).some((k) => k.includes('/' + name + '/'));
      await import(${JSON.stringify(join(ROOT, '.build', 'web', 'app.js'))});
      const before = loaded() || loaded('pdfkit');
      const { analyzeBullet } = await import(${JSON.stringify(join(ROOT, '.build', 'analyze', 'index.js'))});
      analyzeBullet('Reduced no-shows from 18% to 11% by piloting SMS reminders.');
      console.log(JSON.stringify({ before, after: loaded() }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ before: false, after: true });
  }, 60_000);

  it('a changed source file is compiled again before the next start, so a stale build is never served', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rv-build-'));
    try {
      const src = join(dir, 'src'), out = join(dir, '.build');
      mkdirSync(join(src, 'web'), { recursive: true });
      mkdirSync(join(src, 'store', 'migrations'), { recursive: true });
      writeFileSync(join(src, 'web', 'main.ts'), "import { answer } from '../answer.ts';\nexport const value: string = answer();\n");
      writeFileSync(join(src, 'answer.ts'), "export const answer = (): string => 'first';\n");
      writeFileSync(join(src, 'store', 'migrations', '001.sql'), 'select 1;\n');
      const load = async () => ((await import(`${pathToFileURL(join(out, 'web', 'main.js')).href}?t=${Date.now()}`)) as { value: string }).value;

      expect((await ensureBuild({ src, out })).built).toBe(true);
      expect(await load()).toBe('first');
      expect(readFileSync(join(out, 'store', 'migrations', '001.sql'), 'utf8')).toBe('select 1;\n'); // non-TS files come along
      expect((await ensureBuild({ src, out })).built).toBe(false);

      // answer.js is cached by the module loader under its own URL, so the change is read in a fresh process.
      writeFileSync(join(src, 'answer.ts'), "export const answer = (): string => 'second';\n");
      expect((await ensureBuild({ src, out })).built).toBe(true);
      const fresh = execFileSync(process.execPath, ['--input-type=module', '-e', `console.log((await import(${JSON.stringify(pathToFileURL(join(out, 'web', 'main.js')).href)})).value)`], { encoding: 'utf8' });
      expect(fresh.trim()).toBe('second');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('the CLI bin runs from the build: a bullet on standard input comes back as JSON lines', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'bin', 'resume-vitals.js'), 'analyze', '--format', 'jsonl'], {
      cwd: ROOT, input: 'Reduced no-shows from 18% to 11% by piloting SMS reminders.\n', encoding: 'utf8',
    });
    const result = JSON.parse(out.trim()) as { kind: string; components: { metric: { text: string }[] } };
    expect(result.kind).toBe('bullet');
    expect(result.components.metric.map((m) => m.text)).toContain('18%');
  }, 60_000);
});
