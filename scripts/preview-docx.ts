// `npm run preview:docx [resume.json]`: exports a resume (the 40-bullet sample by default), converts it to PDF with
// LibreOffice headless and to PNG pages with pdftoppm where they are installed, and prints the page count.
// `--readme` also copies page 1 to docs/resume-preview.png, the picture the README shows; `--prep` previews the
// interview prep sheet of a sample story instead.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeStory } from '../src/analyze/index.ts';
import { exportPrepSheetDocx, prepStoryFromAnalysis } from '../src/export/prep-sheet.ts';
import { exportResumeDocx } from '../src/export/resume.ts';
import { parseResumeJson } from '../src/resume/parse.ts';
import { SAMPLE_RESUME } from '../src/resume/sample.ts';
import { docxToPdf, findTool, pdfPageCount } from './office.ts';
import { SAMPLE_STORY } from './sample-story.ts';

const args = process.argv.slice(2);
const readme = args.includes('--readme');
const input = args.find((a) => !a.startsWith('--'));

let resume = SAMPLE_RESUME;
if (input) {
  const parsed = parseResumeJson(readFileSync(input, 'utf8'));
  if (!parsed.ok) {
    console.error(`preview:docx: ${parsed.message}`);
    process.exit(2);
  }
  resume = parsed.resume;
}

const outDir = resolve('artifacts/preview');
mkdirSync(outDir, { recursive: true });
const { buffer, fileName } = args.includes('--prep')
  ? await exportPrepSheetDocx({
      person: resume.basics?.name,
      stories: [prepStoryFromAnalysis('Prior-auth denials', analyzeStory(SAMPLE_STORY), 'Tell me about a time you improved revenue.')],
    })
  : await exportResumeDocx(resume);
const docxPath = join(outDir, fileName);
writeFileSync(docxPath, buffer);
console.log(`docx  ${docxPath} (${buffer.length} bytes)`);

const pdfPath = docxToPdf(docxPath, outDir);
if (!pdfPath) {
  console.log('LibreOffice (soffice) not found: install it (apt-get install libreoffice-writer) for the PDF and PNG preview.');
  process.exit(0);
}
console.log(`pdf   ${pdfPath} (${pdfPageCount(pdfPath)} pages)`);

const pdftoppm = findTool('pdftoppm');
if (!pdftoppm) {
  console.log('pdftoppm not found: install poppler-utils for PNG pages.');
  process.exit(0);
}
const prefix = join(outDir, fileName.replace(/\.docx$/, ''));
for (const f of readdirSync(outDir)) if (f.startsWith(fileName.replace(/\.docx$/, '')) && f.endsWith('.png')) rmSync(join(outDir, f));
execFileSync(pdftoppm, ['-png', '-r', '90', pdfPath, prefix]);
const pages = readdirSync(outDir).filter((f) => f.startsWith(fileName.replace(/\.docx$/, '')) && f.endsWith('.png')).sort();
for (const p of pages) console.log(`png   ${join(outDir, p)}`);
if (readme && pages[0]) {
  mkdirSync('docs', { recursive: true });
  copyFileSync(join(outDir, pages[0]), 'docs/resume-preview.png');
  console.log('copied page 1 to docs/resume-preview.png');
}

