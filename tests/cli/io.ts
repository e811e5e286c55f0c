import type { CliIo } from '../../src/cli/main.ts';

/** A CLI io that collects what a command writes and reads `stdin` as its standard input. */
export function io(stdin = ''): CliIo & { out: string; err: string } {
  const box = {
    out: '', err: '',
    stdout: (s: string) => { box.out += s; },
    stderr: (s: string) => { box.err += s; },
    readStdin: async () => Buffer.from(stdin),
  };
  return box;
}
