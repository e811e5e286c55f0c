// src/cli/commands/import.ts
import { readFileSync } from "node:fs";
import { importResumeFile, isImportError } from "../../import/index.js";
var USAGE = "usage: resume-vitals import FILE|-";
async function readResumeInput(file, io) {
  let buffer;
  try {
    buffer = !file || file === "-" ? await io.readStdin() : readFileSync(file);
  } catch (err) {
    return { ok: false, message: `cannot read ${file}: ${err.code ?? err.message}` };
  }
  try {
    return { ok: true, result: await importResumeFile(buffer, file ?? "") };
  } catch (err) {
    if (isImportError(err)) return { ok: false, message: err.message };
    throw err;
  }
}
async function run(args, io) {
  if (args.includes("-h") || args.includes("--help")) {
    io.stdout(USAGE + "\n");
    return 0;
  }
  if (args.length > 1 || args.some((a) => a.startsWith("-") && a !== "-")) {
    io.stderr(`resume-vitals import: give one input file
${USAGE}
`);
    return 2;
  }
  const input = await readResumeInput(args[0], io);
  if (!input.ok) {
    io.stderr(`resume-vitals import: ${input.message}
`);
    return 2;
  }
  for (const w of input.result.warnings) io.stderr(`warning: ${w}
`);
  io.stdout(JSON.stringify(input.result.resume, null, 2) + "\n");
  return 0;
}
export {
  readResumeInput,
  run
};
