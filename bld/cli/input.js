// src/cli/input.ts
import { readFile, stat } from "node:fs/promises";
var UsageError = class extends Error {
};
var MAX_INPUT_BYTES = 10 * 1024 * 1024;
function parseArgs(argv, choices, repeatable = []) {
  const options = {};
  const repeated = {};
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-" || !a.startsWith("-")) {
      positional.push(a);
      continue;
    }
    const [flag, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, void 0];
    const name = flag.replace(/^--?/, "");
    if (!(name in choices) && !repeatable.includes(name)) throw new UsageError(`unknown option '${flag}'`);
    const value = inline ?? argv[++i];
    if (value === void 0) throw new UsageError(`option '${flag}' needs a value`);
    const allowed = choices[name];
    if (allowed && !allowed.includes(value)) throw new UsageError(`option '${flag}' must be one of ${allowed.join(", ")} (got '${value}')`);
    if (repeatable.includes(name)) (repeated[name] ??= []).push(value);
    else options[name] = value;
  }
  if (positional.length > 1) throw new UsageError(`expected one input file, got ${positional.length}`);
  return { options, positional, repeated };
}
async function readInput(positional, io) {
  const file = positional[0];
  let buf;
  if (!file || file === "-") buf = await io.readStdin();
  else {
    try {
      const st = await stat(file);
      if (st.isDirectory()) throw new UsageError(`'${file}' is a directory, not a file`);
      if (st.size > MAX_INPUT_BYTES) throw new UsageError(`'${file}' is ${st.size} bytes; the limit is ${MAX_INPUT_BYTES}`);
      buf = await readFile(file);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`cannot read '${file}': ${e.code ?? e.message}`);
    }
  }
  if (buf.length > MAX_INPUT_BYTES) throw new UsageError(`input is ${buf.length} bytes; the limit is ${MAX_INPUT_BYTES}`);
  if (buf.includes(0)) throw new UsageError(`${file && file !== "-" ? `'${file}'` : "input"} looks binary (it contains NUL bytes); give plain UTF-8 text`);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(buf);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 0 && bad / Math.max(1, text.length) > 0.01) throw new UsageError(`${file && file !== "-" ? `'${file}'` : "input"} is not UTF-8 text`);
  return text;
}
export {
  MAX_INPUT_BYTES,
  UsageError,
  parseArgs,
  readInput
};
