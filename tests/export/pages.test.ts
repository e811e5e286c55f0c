// Forty bullets fit on two pages, measured by laying the DOCX out with LibreOffice (skipped where it is absent).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportResumeDocx } from '../../src/export/resume.ts';
import { SAMPLE_RESUME } from '../../src/resume/sample.ts';
import { docxToPdf, findTool, pdfPageCount } from '../../scripts/office.ts';

const soffice = findTool('soffice');
const dir = mkdtempSync(join(tmpdir(), 'rv-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!soffice)('page count (LibreOffice)', () => {
  it('lays the 40-bullet sample out on two pages', async () => {
    const bullets = SAMPLE_RESUME.work!.reduce((n, w) => n + (w.highlights?.length ?? 0), 0);
    expect(bullets).toBe(40);
    const { buffer, fileName } = await exportResumeDocx(SAMPLE_RESUME);
    const docx = join(dir, fileName);
    writeFileSync(docx, buffer);
    const pdf = docxToPdf(docx, dir);
    expect(pdf).not.toBeNull();
    expect(pdfPageCount(pdf!)).toBe(2);
  }, 120_000);
});

if (!soffice) console.log('page count test skipped: apt-get install libreoffice-writer');
