// `npm run preview:pdf [resume.json] [--readme|--prep]`: the resume (the 40-bullet sample by default) or the prep sheet
// exported as our own PDF, its page count, and PNG pages from pdftoppm where poppler is installed. `--readme` copies
// page 1 to docs/resume-preview-pdf.png, beside the DOCX preview the README shows.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeStory } from '../src/analyze/index.ts';
import { exportPrepSheet, prepStoryFromAnalysis } from '../src/export/prep-sheet.ts';
import { exportResume } from '../src/export/resume.ts';
import { parseResumeJson } from '../src/resume/parse.ts';
import { SAMPLE_RESUME } from '../src/resume/sample.ts';
import { findTool, pdfPageCount } from './office.ts';
import { SAMPLE_STORY } from './sample-story.ts';

const args = process.argv.slice(2);
const input = args.find((a) => !a.startsWith('--'));
let resume = SAMPLE_RESUME;
if (input) {
  const parsed = parseResumeJson(readFileSync(input, 'utf8'));
  if (!parsed.ok) {
    console.error(`preview:pdf: ${parsed.message}`);
    process.exit(2);
  }
  resume = parsed.resume;
}

const outDir = resolve('artifacts/preview');
mkdirSync(outDir, { recursive: true });
const { buffer, fileName } = args.includes('--prep')
  ? await exportPrepSheet({
      person: resume.basics?.name,
      stories: [prepStoryFromAnalysis('Prior-auth denials', analyzeStory(SAMPLE_STORY), 'Tell me about a time you improved revenue.')],
    }, 'pdf')
  : await exportResume(resume, 'pdf');
const pdfPath = join(outDir, fileName);
writeFileSync(pdfPath, buffer);
console.log(`pdf   ${pdfPath} (${buffer.length} bytes, ${pdfPageCount(pdfPath)} pages)`);

const pdftoppm = findTool('pdftoppm');
if (!pdftoppm) {
  console.log('pdftoppm not found: install poppler-utils for PNG pages.');
  process.exit(0);
}
const stem = `${fileName.replace(/\.pdf$/, '')}-pdf`;
for (const f of readdirSync(outDir)) if (f.startsWith(stem) && f.endsWith('.png')) rmSync(join(outDir, f));
execFileSync(pdftoppm, ['-png', '-r', '90', pdfPath, join(outDir, stem)]);
const pages = readdirSync(outDir).filter((f) => f.startsWith(stem) && f.endsWith('.png')).sort();
for (const p of pages) console.log(`png   ${join(outDir, p)}`);
if (args.includes('--readme') && pages[0]) {
  mkdirSync('docs', { recursive: true });
  copyFileSync(join(outDir, pages[0]), 'docs/resume-preview-pdf.png');
  console.log('copied page 1 to docs/resume-preview-pdf.png');
}
