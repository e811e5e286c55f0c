// resume-vitals CLI entry: dispatches to one module per subcommand in ./commands/.
import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const USAGE = `usage: resume-vitals <command> [options]

commands:
  analyze [--kind bullet|story] [--format text|json|jsonl] [FILE|-]   check bullets or STAR stories
  explain "<bullet>" | explain [FILE|-]                               each analysis stage and the rule behind every span
  rewrite [FILE|-]                                                    suggest rewrites for bullets
  export [--preflight] [-o OUT.docx] FILE|-                           resume.json (or .docx/text) to a formatted DOCX
  import FILE|-                                                       .docx, resume.json or text to JSON Resume
  match --posting FILE [--format text|json] [RESUME.json|-]           a job posting's requirements, matched to a resume
  help                                                                this text`;

export interface CommandModule {
  run(args: string[], io: CliIo): Promise<number>;
}
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
}

export const defaultIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
};

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.stdout(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (!/^[a-z-]+$/.test(command)) return usage(io, `unknown command '${command}'`);
  // .ts from the source, .js from the compiled build.
  const here = fileURLToPath(import.meta.url);
  const file = join(dirname(here), 'commands', `${command}${extname(here)}`);
  if (!existsSync(file)) return usage(io, `unknown command '${command}'`);
  const mod = (await import(pathToFileURL(file).href)) as CommandModule;
  return mod.run(rest, io);
}

function usage(io: CliIo, problem: string): number {
  io.stderr(`resume-vitals: ${problem}; run 'resume-vitals help' for usage\n`);
  return 2;
}
