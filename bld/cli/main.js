// src/cli/main.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var USAGE = `usage: resume-vitals <command> [options]

commands:
  analyze [--kind bullet|story] [--format text|json|jsonl] [FILE|-]   check bullets or STAR stories
  rewrite [FILE|-]                                                    suggest rewrites for bullets
  export [--preflight] [-o OUT.docx] FILE|-                           resume.json (or .docx/text) to a formatted DOCX
  import FILE|-                                                       .docx, resume.json or text to JSON Resume
  help                                                                this text`;
var defaultIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: async () => {
    const chunks = [];
    for await (const c of process.stdin) chunks.push(c);
    return Buffer.concat(chunks);
  }
};
async function main(argv, io = defaultIo) {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    io.stdout(USAGE + "\n");
    return command ? 0 : 2;
  }
  if (!/^[a-z-]+$/.test(command)) return usage(io, `unknown command '${command}'`);
  const file = join(dirname(fileURLToPath(import.meta.url)), "commands", `${command}.ts`);
  if (!existsSync(file)) return usage(io, `unknown command '${command}'`);
  const mod = await import(pathToFileURL(file).href);
  return mod.run(rest, io);
}
function usage(io, problem) {
  io.stderr(`resume-vitals: ${problem}; run 'resume-vitals help' for usage
`);
  return 2;
}
export {
  defaultIo,
  main
};
