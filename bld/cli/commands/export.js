// src/cli/commands/export.ts
import { writeFileSync } from "node:fs";
import { exportResumeDocx } from "../../export/resume.js";
import { preflight } from "../../resume/preflight/index.js";
import { readResumeInput } from "./import.js";
var USAGE = "usage: resume-vitals export [--preflight] [-o OUT.docx] FILE|-";
async function run(args, io) {
  let out;
  let check = false;
  let file;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-o" || a === "--output") {
      out = args[++i];
      if (!out) return fail(io, `${a} needs a file name`);
    } else if (a === "--preflight") check = true;
    else if (a === "-h" || a === "--help") {
      io.stdout(USAGE + "\n");
      return 0;
    } else if (a.startsWith("-") && a !== "-") return fail(io, `unknown option '${a}'`);
    else if (file) return fail(io, "give one input file");
    else file = a;
  }
  const input = await readResumeInput(file, io);
  if (!input.ok) return fail(io, input.message);
  const { resume } = input.result;
  if (check) {
    const report = preflight(resume);
    for (const item of report.items) io.stdout(`${item.severity}	${item.where}	${item.message}
`);
    io.stdout(`pre-flight: ${report.errors} error(s), ${report.warnings} warning(s)
`);
  }
  const { buffer, fileName } = await exportResumeDocx(resume);
  const target = out ?? fileName;
  try {
    writeFileSync(target, buffer);
  } catch (err) {
    return fail(io, `cannot write ${target}: ${err.code ?? err.message}`);
  }
  io.stdout(`wrote ${target} (${buffer.length} bytes)
`);
  return 0;
}
function fail(io, message) {
  io.stderr(`resume-vitals export: ${message}
${USAGE}
`);
  return 2;
}
export {
  run
};
