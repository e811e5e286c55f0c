// `resume-vitals import FILE|-`: a .docx, resume.json or plain-text resume to JSON Resume on standard output.
import { readFileSync } from 'node:fs';
import { importResumeFile, isImportError, type ImportResult } from '../../import/index.ts';
import type { CliIo } from '../main.ts';

const USAGE = 'usage: resume-vitals import FILE|-';

export async function readResumeInput(file: string | undefined, io: CliIo): Promise<{ ok: true; result: ImportResult } | { ok: false; message: string }> {
  let buffer: Buffer;
  try {
    buffer = !file || file === '-' ? await io.readStdin() : readFileSync(file);
  } catch (err) {
    return { ok: false, message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  try {
    return { ok: true, result: await importResumeFile(buffer, file ?? '') };
  } catch (err) {
    if (isImportError(err)) return { ok: false, message: err.message };
    throw err;
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (args.length > 1 || args.some((a) => a.startsWith('-') && a !== '-')) {
    io.stderr(`resume-vitals import: give one input file\n${USAGE}\n`);
    return 2;
  }
  const input = await readResumeInput(args[0], io);
  if (!input.ok) {
    io.stderr(`resume-vitals import: ${input.message}\n`);
    return 2;
  }
  for (const w of input.result.warnings) io.stderr(`warning: ${w}\n`);
  io.stdout(JSON.stringify(input.result.resume, null, 2) + '\n');
  return 0;
}
