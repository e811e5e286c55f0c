// src/rules/compile.ts
import { join } from "node:path";
import {
  CheckFileSchema,
  InterventionFileSchema,
  KpiFileSchema,
  MacrosFileSchema,
  PatternSignalFileSchema,
  ResultFileSchema,
  VerbGroups,
  VerbsFileSchema
} from "./schema.js";
import { Problems, compileRegex, loadYamlDir, loadYamlFile } from "./load.js";
var WORD_BEFORE = "(?<![A-Za-z0-9_])";
var WORD_AFTER = "(?![A-Za-z0-9_])";
function expandMacros(source, macros) {
  let out = source;
  for (let i = 0; i < 3; i++) out = out.replace(/\{([A-Z_]+)\}/g, (m, name) => macros[name] ?? m);
  return out;
}
function verbForms(entry) {
  const [base, past, ing] = entry.split("|");
  const words = base.split(" ");
  const head = words[0];
  const tail = words.slice(1).join(" ");
  const join2 = (w) => tail ? `${w} ${tail}` : w;
  const regularPast = head.endsWith("e") ? `${head}d` : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ied` : `${head}ed`;
  const regularIng = head.endsWith("e") && !head.endsWith("ee") ? `${head.slice(0, -1)}ing` : `${head}ing`;
  const s = /(s|sh|ch|x|z)$/.test(head) ? `${head}es` : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`;
  return { base, past: past ?? join2(regularPast), ing: ing ?? join2(regularIng), s: join2(s) };
}
function compileRules(root) {
  const problems = new Problems(join(root, ".."));
  const macrosFile = loadYamlFile(join(root, "signals/macros.yml"), MacrosFileSchema, problems);
  const macros = macrosFile?.data.macros ?? {};
  const rx = (src, flags, file, where) => compileRegex(expandMacros(src, macros), flags, file, where, problems);
  const kpiFiles = loadYamlDir(join(root, "kpis"), KpiFileSchema, problems);
  const kpis = [];
  const cues = [];
  const qualifiers = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { file, data } of kpiFiles) {
    data.kpis.forEach((k, i) => {
      if (seen.has(k.id)) problems.add(file, "", `kpis.${i}.id: duplicate KPI id '${k.id}'`);
      seen.add(k.id);
      const res = [];
      const terms = rx(`${WORD_BEFORE}(?:${k.terms.join("|")})${WORD_AFTER}`, "gi", file, `kpis.${i}.terms`);
      if (terms) res.push(terms);
      if (k.abbreviations?.length) {
        const abbr = rx(`${WORD_BEFORE}(?:${k.abbreviations.map(escapeRegex).join("|")})(?![A-Za-z0-9_-])`, "g", file, `kpis.${i}.abbreviations`);
        if (abbr) res.push(abbr);
      }
      kpis.push({ id: k.id, label: k.label, domain: data.domain, desired: k.desired, re: res });
    });
    data.cues.forEach((c, i) => {
      const re = rx(`${WORD_BEFORE}(?:${c})${WORD_AFTER}`, "gi", file, `cues.${i}`);
      if (re) cues.push({ domain: data.domain, re });
    });
    data.qualifiers.forEach((q, i) => {
      const re = rx(`${WORD_BEFORE}(?:${q})${WORD_AFTER}`, "g", file, `qualifiers.${i}`);
      if (re) qualifiers.push({ domain: data.domain, weight: data.qualifierWeight ?? 2, re });
    });
  }
  const verbsFile = loadYamlFile(join(root, "lexicons/verbs.yml"), VerbsFileSchema, problems);
  const verbFormsMap = /* @__PURE__ */ new Map();
  const phrasalForms = /* @__PURE__ */ new Map();
  const weakOpeners = [];
  if (verbsFile) {
    for (const group of VerbGroups) {
      for (const entry of verbsFile.data.groups[group]) {
        const forms = verbForms(entry);
        for (const form of ["base", "past", "ing", "s"]) {
          const words = forms[form].split(" ");
          const vf = { group, base: forms.base, form };
          if (words.length === 1) {
            const list = verbFormsMap.get(words[0]) ?? [];
            if (!list.some((x) => x.group === group && x.form === form)) list.push(vf);
            verbFormsMap.set(words[0], list);
          } else {
            const list = phrasalForms.get(words[0]) ?? [];
            list.push({ rest: words.slice(1), form: vf });
            phrasalForms.set(words[0], list);
          }
        }
      }
    }
    verbsFile.data.weakOpeners.forEach((w, i) => {
      const re = rx(`^(?:${w.match})${WORD_AFTER}`, "i", verbsFile.file, `weakOpeners.${i}`);
      if (re) weakOpeners.push({ re, message: w.message });
    });
  }
  const signalFiles = [];
  const patternSet = (name) => {
    const loaded = loadYamlFile(join(root, `signals/${name}.yml`), PatternSignalFileSchema, problems);
    if (loaded) signalFiles.push(loaded);
    if (!loaded) return { id: name, patterns: [], exclude: [], excludeContexts: [] };
    const { file, data } = loaded;
    return {
      id: name,
      patterns: data.patterns.flatMap((p, i) => {
        const re = rx(p.match, "gi", file, `patterns.${i}.match`);
        return re ? [{ id: p.id, re }] : [];
      }),
      exclude: data.exclude.flatMap((e, i) => rx(e, "i", file, `exclude.${i}`) ?? []),
      excludeContexts: data.excludeContexts.flatMap((e, i) => rx(e, "gi", file, `excludeContexts.${i}`) ?? [])
    };
  };
  const metric = patternSet("metric");
  const baseline = patternSet("baseline");
  const timeframe = patternSet("timeframe");
  const interventionFile = loadYamlFile(join(root, "signals/intervention.yml"), InterventionFileSchema, problems);
  if (interventionFile) signalFiles.push(interventionFile);
  const iv = interventionFile?.data;
  const ivFile = interventionFile?.file ?? "signals/intervention.yml";
  const intervention = {
    markers: (iv?.markers ?? []).flatMap((m, i) => {
      const re = rx(`${WORD_BEFORE}${m.match.replace(/ /g, "\\s+")}\\s+`, "gi", ivFile, `markers.${i}`);
      return re ? [{ word: m.match, re, ...m.needs ? { needs: m.needs } : {} }] : [];
    }),
    notWhatWasDone: rx(`(?:${(iv?.notWhatWasDone ?? ["(?!)"]).join("|")})`, "iy", ivFile, "notWhatWasDone") ?? /(?!)/y,
    actionNouns: new Set((iv?.actionNouns ?? []).map((w) => w.toLowerCase())),
    projectNouns: new Set((iv?.projectNouns ?? []).map((w) => w.toLowerCase())),
    clauseStop: rx(`(?:${(iv?.clauseStops ?? [";"]).join("|")})`, "g", ivFile, "clauseStops") ?? /;/g,
    purposeClause: iv?.purposeClause ?? false
  };
  const resultFile = loadYamlFile(join(root, "signals/result.yml"), ResultFileSchema, problems);
  if (resultFile) signalFiles.push(resultFile);
  const result = {
    nounResults: (resultFile?.data.nounResults ?? []).flatMap((p, i) => rx(p, "gi", resultFile.file, `nounResults.${i}`) ?? []),
    signedMetricIsResult: resultFile?.data.signedMetricIsResult ?? false
  };
  const checkFiles = loadYamlDir(join(root, "checks/bullet"), CheckFileSchema, problems);
  const checks = checkFiles.map(({ file, id, data }) => {
    if (data.kind !== "existence") return { id, file, data };
    const body = data.tokens.join("|");
    const tokens = rx(`${WORD_BEFORE}(?:${body})${WORD_AFTER}`, data.caseSensitive ? "g" : "gi", file, "tokens");
    return tokens ? { id, file, data, tokens } : { id, file, data };
  });
  problems.throwIfAny();
  return {
    root,
    kpis,
    cues,
    qualifiers,
    verbForms: verbFormsMap,
    phrasalForms,
    weakOpeners,
    leadingAdverbs: new Set((verbsFile?.data.leadingAdverbs ?? []).map((w) => w.toLowerCase())),
    metric,
    baseline,
    timeframe,
    intervention,
    result,
    checks,
    files: { kpis: kpiFiles, verbs: verbsFile, signals: signalFiles, checks: checkFiles }
  };
}
function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
export {
  compileRules,
  expandMacros,
  verbForms
};
