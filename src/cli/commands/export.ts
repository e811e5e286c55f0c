// `resume-vitals export [--format docx|pdf] [--preflight] [-o OUT] FILE|-`: a resume.json (or a .docx or text resume)
// to a formatted DOCX or PDF named after the person. --preflight prints the pre-flight list first. Without --format,
// an output name ending in .pdf picks PDF.
import { writeFileSync } from 'node:fs';
import { isExportFormat, type ExportFormat } from '../../export/formats.ts';
import { exportResume } from '../../export/resume.ts';
import { preflight } from '../../resume/preflight/index.ts';
import type { CliIo } from '../main.ts';
import { readResumeInput } from './import.ts';

const USAGE = 'usage: resume-vitals export [--format docx|pdf] [--preflight] [-o OUT] FILE|-';

export async function run(args: string[], io: CliIo): Promise<number> {
  let out: string | undefined;
  let check = false;
  let file: string | undefined;
  let format: ExportFormat | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--output') {
      out = args[++i];
      if (!out) return fail(io, `${a} needs a file name`);
    } else if (a === '--format' || a.startsWith('--format=')) {
      const value = a === '--format' ? args[++i] : a.slice('--format='.length);
      if (!value || !isExportFormat(value)) return fail(io, `--format must be docx or pdf`);
      format = value;
    } else if (a === '--preflight') check = true;
    else if (a === '-h' || a === '--help') {
      io.stdout(USAGE + '\n');
      return 0;
    } else if (a.startsWith('-') && a !== '-') return fail(io, `unknown option '${a}'`);
    else if (file) return fail(io, 'give one input file');
    else file = a;
  }
  const input = await readResumeInput(file, io);
  if (!input.ok) return fail(io, input.message);
  const { resume } = input.result;
  if (check) {
    const report = preflight(resume);
    for (const item of report.items) io.stdout(`${item.severity}\t${item.where}\t${item.message}\n`);
    io.stdout(`pre-flight: ${report.errors} error(s), ${report.warnings} warning(s)\n`);
  }
  const { buffer, fileName } = await exportResume(resume, format ?? (out && /\.pdf$/i.test(out) ? 'pdf' : 'docx'));
  const target = out ?? fileName;
  try {
    writeFileSync(target, buffer);
  } catch (err) {
    return fail(io, `cannot write ${target}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  io.stdout(`wrote ${target} (${buffer.length} bytes)\n`);
  return 0;
}

function fail(io: CliIo, message: string): number {
  io.stderr(`resume-vitals export: ${message}\n${USAGE}\n`);
  return 2;
}
