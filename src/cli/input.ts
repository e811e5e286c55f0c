// Argument parsing and input reading shared by the CLI commands; bad usage and unreadable input are UsageErrors (exit 2).
import { readFile, stat } from 'node:fs/promises';
import type { CliIo } from './main.ts';

export class UsageError extends Error {}

/** Runs a command; bad usage becomes one line on standard error, prefixed with the command, and exit status 2. */
export async function reportingUsage(command: string, io: CliIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`resume-vitals ${command}: ${e.message}\n`);
    return 2;
  }
}

export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export interface ParsedArgs { options: Record<string, string>; positional: string[]; repeated: Record<string, string[]> }

/** --name value / --name=value; `choices` lists the allowed options and, where fixed, their values. */
export function parseArgs(argv: string[], choices: Record<string, string[] | null>, repeatable: string[] = []): ParsedArgs {
  const options: Record<string, string> = {};
  const repeated: Record<string, string[]> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-' || !a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const name = flag.replace(/^--?/, '');
    if (!(name in choices) && !repeatable.includes(name)) throw new UsageError(`unknown option '${flag}'`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`option '${flag}' needs a value`);
    const allowed = choices[name];
    if (allowed && !allowed.includes(value)) throw new UsageError(`option '${flag}' must be one of ${allowed.join(', ')} (got '${value}')`);
    if (repeatable.includes(name)) (repeated[name] ??= []).push(value);
    else options[name] = value;
  }
  if (positional.length > 1) throw new UsageError(`expected one input file, got ${positional.length}`);
  return { options, positional, repeated };
}

/** Reads FILE, or standard input for '-' or no file. Rejects binary and non-UTF-8 input with one clear line. */
export async function readInput(positional: string[], io: CliIo): Promise<string> {
  const file = positional[0];
  let buf: Buffer;
  if (!file || file === '-') buf = await io.readStdin();
  else {
    buf = await readInputFile(file);
  }
  if (buf.length > MAX_INPUT_BYTES) throw new UsageError(`input is ${buf.length} bytes; the limit is ${MAX_INPUT_BYTES}`);
  if (buf.includes(0)) throw new UsageError(`${file && file !== '-' ? `'${file}'` : 'input'} looks binary (it contains NUL bytes); give plain UTF-8 text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 0 && bad / Math.max(1, text.length) > 0.01) throw new UsageError(`${file && file !== '-' ? `'${file}'` : 'input'} is not UTF-8 text`);
  return text;
}

/** A named input file's bytes, with one clear line for a directory, a file over the limit or an unreadable file. */
export async function readInputFile(file: string): Promise<Buffer> {
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new UsageError(`'${file}' is a directory, not a file`);
    if (st.size > MAX_INPUT_BYTES) throw new UsageError(`'${file}' is ${st.size} bytes; the limit is ${MAX_INPUT_BYTES}`);
    return await readFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read '${file}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
