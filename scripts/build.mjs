// Compiles src/ to plain JavaScript in .build/ (same layout and depth, so paths relative to a module still reach
// rules/, templates/ and public/), so that `npm start` and the CLI run JavaScript instead of compiling TypeScript on
// every start. Runs after `npm install` and again, only when needed, before every start: the build is stamped with
// a hash of every file under src/ (and of this script and esbuild's version), so a changed source is never served
// from a stale build. Type checking stays with `tsc --noEmit` in `npm test`; this only strips types (esbuild).
//
//   node scripts/build.mjs          build if stale, print what it did
//   import { ensureBuild } ...      the same from a start script; returns the build's directory
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
export const BUILD = join(ROOT, '.build');
const STAMP = '.stamp';

function sourceFiles(src) {
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(src, join(d.parentPath ?? d.path, d.name)))
    .sort();
}

/** The hash of everything the build is made from; equal hashes mean the build matches the sources. */
function sourceKey(src, files) {
  const h = createHash('sha256');
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  h.update(createRequire(import.meta.url)('esbuild/package.json').version);
  for (const f of files) h.update(`\0${f}\0`).update(readFileSync(join(src, f)));
  return h.digest('hex');
}

const currentStamp = (out) => {
  try {
    return readFileSync(join(out, STAMP), 'utf8');
  } catch {
    return null;
  }
};

/** Builds into a fresh directory and swaps it in, so a process starting meanwhile never sees half a build. */
async function compile(src, out, files, key) {
  const { build } = await import('esbuild');
  const tmp = `${out}-tmp-${process.pid}-${Date.now()}`;
  const ts = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  await build({
    entryPoints: ts.map((f) => join(src, f)),
    outdir: tmp,
    outbase: src,
    bundle: true, // one output per source file: every relative import stays an import (below)
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    plugins: [{
      name: 'own-modules-stay-modules',
      setup(b) {
        b.onResolve({ filter: /^\.\.?\// }, (a) => (a.kind === 'entry-point' ? undefined : { path: a.path.replace(/\.ts$/, '.js'), external: true }));
      },
    }],
  });
  for (const f of files.filter((f) => !f.endsWith('.ts'))) {
    mkdirSync(dirname(join(tmp, f)), { recursive: true });
    cpSync(join(src, f), join(tmp, f));
  }
  writeFileSync(join(tmp, STAMP), key);
  const old = `${out}-old-${process.pid}-${Date.now()}`;
  try {
    if (existsSync(out)) renameSync(out, old);
    renameSync(tmp, out);
  } catch (err) {
    // Another process swapped in its build at the same moment; theirs is as good when the stamp matches.
    rmSync(tmp, { recursive: true, force: true });
    if (currentStamp(out) !== key) throw err;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Makes sure the build (.build/) matches the sources (src/), compiling when it does not; returns { dir, built, ms }. */
export async function ensureBuild({ src = SRC, out = BUILD } = {}) {
  const t0 = performance.now();
  const files = sourceFiles(src);
  const key = sourceKey(src, files);
  if (currentStamp(out) === key) return { dir: out, built: false, ms: performance.now() - t0 };
  await compile(src, out, files, key);
  return { dir: out, built: true, ms: performance.now() - t0 };
}

/**
 * Imports a module by its source path (e.g. 'web/server.ts') from a fresh build. Where the project cannot be written
 * (a read-only install), it runs the TypeScript source through tsx instead.
 */
export async function importBuilt(sourcePath) {
  try {
    await ensureBuild();
  } catch (err) {
    if (!['EACCES', 'EPERM', 'EROFS'].includes(err?.code)) throw err;
    const { register } = await import('tsx/esm/api');
    register();
    return import(pathToFileURL(join(SRC, sourcePath)).href);
  }
  return import(pathToFileURL(join(BUILD, sourcePath.replace(/\.ts$/, '.js'))).href);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { built, ms } = await ensureBuild();
  console.log(built ? `resume-vitals: compiled src/ to .build/ in ${Math.round(ms)} ms` : 'resume-vitals: .build/ is up to date');
  // The spelling check's word list is expanded once here, so that the first analysis reads it from a file.
  try {
    const { hunspellWords } = await importBuilt('analyze/spelling/dictionary.ts');
    hunspellWords();
  } catch {
    // It is expanded on first use instead.
  }
}
