// The PDF download read back the way an applicant-tracking system and a recruiter do: poppler's pdftotext,
// pdffonts and pdfinfo (skipped where poppler is absent, except in CI), plus checks that need no tools at all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/export/blocks.ts';
import { linkFor } from '../../src/export/pdf.ts';
import { exportPrepSheet } from '../../src/export/prep-sheet.ts';
import { exportResume, resumeBlocks } from '../../src/export/resume.ts';
import type { Resume } from '../../src/resume/schema.ts';
import { SAMPLE_RESUME } from '../../src/resume/sample.ts';
import { findTool } from '../../scripts/office.ts';
import { docxParts, paragraphs } from './support.ts';

const poppler = findTool('pdftotext') && findTool('pdffonts') && findTool('pdfinfo');
if (!poppler && process.env.CI === 'true') throw new Error('poppler-utils is required in CI for the PDF tests (apt-get install poppler-utils)');
if (!poppler) console.log('PDF text/font checks skipped: apt-get install poppler-utils');

const dir = mkdtempSync(join(tmpdir(), 'rv-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function pdfOf(resume: Resume): Promise<string> {
  const { buffer } = await exportResume(resume, 'pdf');
  const file = join(dir, `${++n}.pdf`);
  writeFileSync(file, buffer);
  return file;
}

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/** Page texts in reading order; a word broken after a hyphen at a line end is joined back. */
const pagesOf = (file: string) => run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f').slice(0, -1);
const flat = (text: string) => text.replace(/-\n/g, '-').replace(/\s+/g, ' ').trim();
const bulletsOf = (resume: Resume) => resumeBlocks(resume).filter((b) => b.kind === 'bullet').map((b) => b.text);

/** Every expected text found in the extracted text, in the given order. */
function expectInOrder(text: string, expected: string[]): void {
  let at = 0;
  for (const e of expected) {
    const i = text.indexOf(flat(e), at);
    expect(i, `"${e}" after offset ${at}`).toBeGreaterThanOrEqual(0);
    at = i + flat(e).length;
  }
}

describe('PDF writer without tools', () => {
  it('starts a real PDF with document info, tagged structure and links for email and web addresses', async () => {
    const { buffer, fileName, contentType } = await exportResume(SAMPLE_RESUME, 'pdf');
    expect(fileName).toBe('Dana-Whitfield-Resume.pdf');
    expect(contentType).toBe('application/pdf');
    const raw = buffer.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toContain('(mailto:dana.whitfield@example.com)');
    expect(raw).toContain('(https://linkedin.com/in/danawhitfield)');
    // No picture of text: no image XObjects at all.
    expect(raw).not.toMatch(/\/Subtype \/Image/);
  });

  it('links an email or a web address, never a phone number or a place', () => {
    expect(linkFor('dana@example.com')).toBe('mailto:dana@example.com');
    expect(linkFor('linkedin.com/in/dana')).toBe('https://linkedin.com/in/dana');
    expect(linkFor('https://example.org/x')).toBe('https://example.org/x');
    expect(linkFor('(614) 555-0148')).toBeUndefined();
    expect(linkFor('Columbus, OH')).toBeUndefined();
  });
});

describe.skipIf(!poppler)('PDF read back with poppler', () => {
  it('lays the 40-bullet sample out on two pages with every bullet in order and the fonts embedded', async () => {
    const file = await pdfOf(SAMPLE_RESUME);
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/^Pages:\s+2$/m);
    expect(info).toMatch(/^Title:\s+Dana Whitfield – Resume$/m);
    expect(info).toMatch(/^Author:\s+Dana Whitfield$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const text = flat(pagesOf(file).join('\n'));
    const bullets = bulletsOf(SAMPLE_RESUME);
    expect(bullets).toHaveLength(40);
    expectInOrder(text, bullets);

    const fonts = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const row of fonts) {
      expect(row).toMatch(/LiberationSans/);
      // columns: name type encoding emb sub uni
      expect(row).toMatch(/\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    }
  });

  it('lists the same sections and bullets as the DOCX, in the same order', async () => {
    const { buffer } = await exportResume(SAMPLE_RESUME, 'docx');
    const docx = paragraphs((await docxParts(buffer))['word/document.xml']!);
    const sections = docx.filter((p) => p.style === 'Heading1').map((p) => p.text);
    const bullets = docx.filter((p) => p.numId).map((p) => p.text);
    expect(sections.length).toBeGreaterThanOrEqual(4);
    const text = flat(pagesOf(await pdfOf(SAMPLE_RESUME)).join('\n'));
    // Section headings are set in capitals on the page, as Word's all-caps style shows them.
    expectInOrder(text, sections.map((s) => s.toUpperCase()));
    expectInOrder(text, bullets);
    expect(bullets).toEqual(bulletsOf(SAMPLE_RESUME));
  });

  it('never leaves a section, role or organization heading last on a page', async () => {
    const heads = (r: Resume) =>
      new Set(resumeBlocks(r).filter((b: Block) => b.kind === 'section' || b.kind === 'entry' || b.kind === 'organization').map((b) => flat(b.text).toUpperCase()));
    // The first role grows a bullet at a time, so the second role's heading lands at every height of page 1.
    const first = SAMPLE_RESUME.work![0]!;
    for (let count = 20; count <= 44; count += 1) {
      const highlights = Array.from({ length: count }, (_, i) => first.highlights![i % first.highlights!.length]!);
      const resume: Resume = { ...SAMPLE_RESUME, work: [{ ...first, highlights }, ...SAMPLE_RESUME.work!.slice(1)] };
      const headings = heads(resume);
      const pages = pagesOf(await pdfOf(resume));
      pages.slice(0, -1).forEach((page, p) => {
        const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
        const last = lines.at(-1)!.toUpperCase();
        const lastText = [...headings].some((h) => last === h || (last.length > 3 && h.startsWith(last)));
        expect(lastText, `${count} bullets: page ${p + 1} ends on the heading "${lines.at(-1)}"`).toBe(false);
      });
    }
  }, 60_000);

  it('keeps hostile names and text on the page: accents, RTL scripts, emoji, controls and one very long word', async () => {
    const longWord = 'Supercalifragilistic'.repeat(12);
    const resume: Resume = {
      basics: { name: 'Zoë Ñúñez-O’Brien \u202Eevil\u202C', label: 'مديرة العمليات · מנהלת', email: 'zoe@example.com', summary: `A\u0000B\u0007 ${longWord} end.` },
      work: [{
        name: 'Hôpital Saint-Éloi 🏥', position: 'Directrice\tdes opérations', startDate: '2020-01',
        highlights: [`Cut ${longWord} denials 30% 😀 by auditing.`, 'Reduced LWBS from 4.1% to 1.8% — עברית and عربي in one line.', 'x'.repeat(3000)],
      }],
    };
    const file = await pdfOf(resume);
    expect(run('pdfinfo', [file])).toMatch(/^Pages:\s+\d+$/m);
    const text = flat(pagesOf(file).join('\n'));
    expect(text).toContain('Zoë Ñúñez-O’Brien');
    expect(text).toContain('Reduced LWBS from 4.1% to 1.8%');
    expect(text.replace(/\s/g, '')).toContain(longWord);
    // Every word's box stays inside the page.
    const boxes = run('pdftotext', ['-bbox', file, '-']);
    const pageWidth = Number(/<page width="([\d.]+)"/.exec(boxes)![1]);
    const xMax = Math.max(...[...boxes.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(xMax).toBeLessThanOrEqual(pageWidth - 36);
  });

  it('writes the interview prep sheet with one story a page', async () => {
    const story = { title: 'Prior-auth denials', situation: 'Denials hit 9% of claims.', task: 'I owned the rate.', action: 'I standardized documentation.', result: 'Denials fell 32% in two quarters.' };
    const { buffer, fileName } = await exportPrepSheet({ person: 'Dana Whitfield', stories: [story, { ...story, title: 'Overtime' }] }, 'pdf');
    expect(fileName).toBe('Dana-Whitfield-Interview-Prep.pdf');
    const file = join(dir, fileName);
    writeFileSync(file, buffer);
    const pages = pagesOf(file);
    expect(pages).toHaveLength(2);
    expect(flat(pages[0]!)).toContain('PRIOR-AUTH DENIALS');
    expect(flat(pages[1]!)).toContain('OVERTIME');
    expect(flat(pages[1]!)).toContain('Denials fell 32% in two quarters.');
  });
});
