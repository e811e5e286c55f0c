// Time to export the 40-bullet sample resume, and its ratio to a bare Packer.toBuffer of the same paragraphs
// (plain text, no styles or numbering): what our styling, numbering and mapping cost on top of docx itself.
// Then the same resume as PDF (fonts embedded, tagged, paginated), and its ratio to the DOCX.
import { Document, Packer, Paragraph } from 'docx';
import { exportResume, exportResumeDocx, resumeBlocks } from '../../src/export/resume.ts';
import { SAMPLE_RESUME } from '../../src/resume/sample.ts';

async function medianMs(fn: () => Promise<unknown>, runs: number): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function run(): Promise<void> {
  const texts = resumeBlocks(SAMPLE_RESUME).map((b) => ('right' in b && b.right ? `${b.text}\t${b.right}` : b.text));
  const bullets = SAMPLE_RESUME.work!.reduce((n, w) => n + (w.highlights?.length ?? 0), 0);
  const bare = () => Packer.toBuffer(new Document({ sections: [{ children: texts.map((t) => new Paragraph(t)) }] }));
  const ours = () => exportResumeDocx(SAMPLE_RESUME);
  const runs = 40;
  // Each measured twice and the better median kept, so a one-off GC pause does not decide the ratio.
  const bareMs = Math.min(await medianMs(bare, runs), await medianMs(bare, runs));
  const oursMs = Math.min(await medianMs(ours, runs), await medianMs(ours, runs));
  console.log(`resume export (${bullets} bullets, ${texts.length} paragraphs): ${oursMs.toFixed(1)} ms median`);
  console.log(`bare Packer.toBuffer of the same paragraphs:          ${bareMs.toFixed(1)} ms median`);
  console.log(`ratio: ${(oursMs / bareMs).toFixed(2)} (target <= 2)`);

  // The first PDF of a process parses the four font files; it is reported apart from the steady state.
  const t0 = performance.now();
  await exportResume(SAMPLE_RESUME, 'pdf');
  const firstPdf = performance.now() - t0;
  const pdf = () => exportResume(SAMPLE_RESUME, 'pdf');
  const pdfMs = Math.min(await medianMs(pdf, runs), await medianMs(pdf, runs));
  console.log(`resume export as PDF (${bullets} bullets):                 ${pdfMs.toFixed(1)} ms median (first in a process ${firstPdf.toFixed(0)} ms)`);
  console.log(`PDF / DOCX: ${(pdfMs / oursMs).toFixed(2)} (target <= 2)`);
}
