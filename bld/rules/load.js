// src/rules/load.ts
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, basename } from "node:path";
import { LineCounter, parseDocument, isNode } from "yaml";
var RuleLoadError = class extends Error {
  constructor(problems) {
    super(`rules: ${problems.length} problem(s)
  ${problems.join("\n  ")}`);
    this.problems = problems;
    this.name = "RuleLoadError";
  }
  problems;
};
var Problems = class {
  constructor(root) {
    this.root = root;
  }
  root;
  list = [];
  add(file, where, message) {
    this.list.push(`${relative(this.root, file) || file}${where}: ${message}`);
  }
  throwIfAny() {
    if (this.list.length) throw new RuleLoadError(this.list);
  }
};
function loadYamlFile(file, schema, problems) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    problems.add(file, "", `cannot read (${e.message})`);
    return null;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    for (const err of doc.errors) problems.add(file, `:${lineCounter.linePos(err.pos[0]).line}`, `YAML: ${err.message.split("\n")[0]}`);
    return null;
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      const node = path.length ? doc.getIn(issue.path, true) : doc.contents;
      const line = isNode(node) && node.range ? `:${lineCounter.linePos(node.range[0]).line}` : "";
      problems.add(file, line, `${path.join(".") || "(file)"}: ${issue.message}`);
    }
    return null;
  }
  return { file, id: basename(file).replace(/\.ya?ml$/, ""), data: parsed.data };
}
function yamlFilesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}
function loadYamlDir(dir, schema, problems) {
  let files;
  try {
    files = yamlFilesUnder(dir);
  } catch (e) {
    problems.add(dir, "", `cannot list (${e.message})`);
    return [];
  }
  return files.map((f) => loadYamlFile(f, schema, problems)).filter((x) => x !== null);
}
function compileRegex(source, flags, file, where, problems) {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    problems.add(file, "", `${where}: invalid pattern (${e.message})`);
    return null;
  }
}
export {
  Problems,
  RuleLoadError,
  compileRegex,
  loadYamlDir,
  loadYamlFile,
  yamlFilesUnder
};
