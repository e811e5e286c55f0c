// `resume-vitals export [--preflight] [-o OUT.docx] FILE|-`: a resume.json (or a .docx or text resume) to a
// formatted DOCX named after the person. --preflight prints the pre-flight list first.
import { writeFileSync } from 'node:fs';
import { exportResumeDocx } from '../../export/resume.ts';
import { preflight } from '../../resume/preflight/index.ts';
import type { CliIo } from '../main.ts';
import { readResumeInput } from './import.ts';

const USAGE = 'usage: resume-vitals export [--preflight] [-o OUT.docx] FILE|-';

export async function run(args: string[], io: CliIo): Promise<number> {
  let out: string | undefined;
  let check = false;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--output') {
      out = args[++i];
      if (!out) return fail(io, `${a} needs a file name`);
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
  const { buffer, fileName } = await exportResumeDocx(resume);
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
