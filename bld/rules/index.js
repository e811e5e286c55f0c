// src/rules/index.ts
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileRules } from "./compile.js";
import { RuleLoadError, Problems, loadYamlFile, loadYamlDir, compileRegex } from "./load.js";
var RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "rules");
var cached = null;
function getRules() {
  cached ??= compileRules(RULES_DIR);
  return cached;
}
export {
  Problems,
  RULES_DIR,
  RuleLoadError,
  compileRegex,
  compileRules,
  getRules,
  loadYamlDir,
  loadYamlFile
};
