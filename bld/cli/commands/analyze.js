// src/cli/commands/analyze.ts
import { analyze } from "../../analyze/index.js";
import { splitItems } from "../../analyze/split.js";
import { parseArgs, readInput, UsageError } from "../input.js";
import { formatText } from "../format.js";
async function run(argv, io) {
  try {
    const args = parseArgs(argv, { kind: ["bullet", "story"], format: ["text", "json", "jsonl"] });
    const kind = args.options.kind ?? "bullet";
    const format = args.options.format ?? "text";
    const input = await readInput(args.positional, io);
    const items = splitItems(input, kind);
    const results = items.map((t) => analyze(t, kind));
    if (format === "jsonl") io.stdout(results.map((r) => JSON.stringify(r)).join("\n") + (results.length ? "\n" : ""));
    else if (format === "json") io.stdout(JSON.stringify(results, null, 2) + "\n");
    else io.stdout(formatText(results));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`resume-vitals analyze: ${e.message}
`);
      return 2;
    }
    throw e;
  }
}
export {
  run
};
