// LibreOffice and poppler helpers for the preview script and the page-count test; absent tools give null, not errors.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export function findTool(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Converts with a private LibreOffice profile so parallel runs (and other engineers' runs) never share a lock. */
export function docxToPdf(docxPath: string, outDir: string): string | null {
  const soffice = findTool('soffice');
  if (!soffice) return null;
  const profile = mkdtempSync(join(tmpdir(), 'rv-soffice-'));
  try {
    execFileSync(soffice, [
      `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docxPath,
    ], { stdio: 'pipe', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, basename(docxPath).replace(/\.docx$/, '.pdf'));
  return existsSync(pdf) ? pdf : null;
}

/** Page count from the PDF's page objects; pdfinfo when present is the authority. */
export function pdfPageCount(pdfPath: string): number {
  const pdfinfo = findTool('pdfinfo');
  if (pdfinfo) {
    const out = execFileSync(pdfinfo, [pdfPath], { encoding: 'utf8' });
    const m = /^Pages:\s+(\d+)/m.exec(out);
    if (m) return Number(m[1]);
  }
  return (readFileSync(pdfPath, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
