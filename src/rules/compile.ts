// Turns validated rule data into what the detectors run: regexes compiled once, verb forms expanded once.
import { join } from 'node:path';
import type { Domain } from './domains.ts';
import { VerbLexicon } from './verbs.ts';
import {
  CheckFileSchema, InterventionFileSchema, KpiFileSchema, MacrosFileSchema, PatternSignalFileSchema, ResultFileSchema,
  VerbsFileSchema, type CheckFile, type VerbRole, type VerbsFile,
} from './schema.ts';
import { Problems, compileRegex, loadYamlDir, loadYamlFile, type Loaded } from './load.ts';

export type VerbGroup = 'down' | 'up' | 'better' | 'achieve' | 'intervention' | 'stewardship';
const GROUP_OF_ROLE: Record<VerbRole, VerbGroup | null> = {
  down: 'down', up: 'up', better: 'better', achieve: 'achieve', maintain: 'stewardship', intervention: 'intervention', duty: 'stewardship', weak: null,
};
export interface VerbForm { group: VerbGroup; base: string; form: 'base' | 'past' | 'ing' | 's' }
export interface CompiledKpi { id: string; label: string; domain: Domain; desired: 'up' | 'down' | null; re: RegExp[] }
export interface PatternSet { id: string; patterns: { id: string; re: RegExp }[]; exclude: RegExp[]; excludeContexts: RegExp[] }
export interface CompiledCheck { id: string; file: string; data: CheckFile; tokens?: RegExp }

export interface Rules {
  root: string;
  kpis: CompiledKpi[];
  cues: { domain: Domain; re: RegExp }[];
  qualifiers: { domain: Domain; weight: number; re: RegExp }[];
  /** The verb lexicon: lemmas, roles and forms (see src/nlp/verbs.ts for the API). */
  verbs: VerbLexicon;
  /** lower-case single-word form -> its verb entries (a word may sit in two groups, e.g. 'led'). */
  verbForms: Map<string, VerbForm[]>;
  /** multi-word forms such as 'rolled out', keyed by their first word. */
  phrasalForms: Map<string, { rest: string[]; form: VerbForm }[]>;
  weakOpeners: { re: RegExp; message: string }[];
  leadingAdverbs: Set<string>;
  metric: PatternSet;
  baseline: PatternSet;
  timeframe: PatternSet;
  intervention: {
    markers: { word: string; re: RegExp; needs?: 'metric-before' | 'action' }[];
    notWhatWasDone: RegExp;
    actionNouns: Set<string>;
    projectNouns: Set<string>;
    clauseStop: RegExp;
    purposeClause: boolean;
  };
  result: { nounResults: RegExp[]; signedMetricIsResult: boolean };
  checks: CompiledCheck[];
  /** Raw loaded files, for the example tests. */
  files: {
    kpis: Loaded<ReturnType<typeof KpiFileSchema.parse>>[];
    verbs: Loaded<VerbsFile> | null;
    signals: Loaded<{ signal: string; examples: { valid: string[]; invalid: string[] } }>[];
    checks: Loaded<CheckFile>[];
  };
}

const WORD_BEFORE = '(?<![A-Za-z0-9_])';
const WORD_AFTER = '(?![A-Za-z0-9_])';

export function expandMacros(source: string, macros: Record<string, string>): string {
  // Macros may use other macros; two passes cover the nesting we use.
  let out = source;
  for (let i = 0; i < 3; i++) out = out.replace(/\{([A-Z_]+)\}/g, (m, name: string) => macros[name] ?? m);
  return out;
}

export function compileRules(root: string): Rules {
  const problems = new Problems(join(root, '..'));
  const macrosFile = loadYamlFile(join(root, 'signals/macros.yml'), MacrosFileSchema, problems);
  const macros = macrosFile?.data.macros ?? {};
  const rx = (src: string, flags: string, file: string, where: string) =>
    compileRegex(expandMacros(src, macros), flags, file, where, problems);

  // KPIs, cues and equity qualifiers.
  const kpiFiles = loadYamlDir(join(root, 'kpis'), KpiFileSchema, problems);
  const kpis: CompiledKpi[] = [];
  const cues: Rules['cues'] = [];
  const qualifiers: Rules['qualifiers'] = [];
  const seen = new Set<string>();
  for (const { file, data } of kpiFiles) {
    data.kpis.forEach((k, i) => {
      if (seen.has(k.id)) problems.add(file, '', `kpis.${i}.id: duplicate KPI id '${k.id}'`);
      seen.add(k.id);
      const res: RegExp[] = [];
      const terms = rx(`${WORD_BEFORE}(?:${k.terms.join('|')})${WORD_AFTER}`, 'gi', file, `kpis.${i}.terms`);
      if (terms) res.push(terms);
      if (k.abbreviations?.length) {
        const abbr = rx(`${WORD_BEFORE}(?:${k.abbreviations.map(escapeRegex).join('|')})(?![A-Za-z0-9_-])`, 'g', file, `kpis.${i}.abbreviations`);
        if (abbr) res.push(abbr);
      }
      kpis.push({ id: k.id, label: k.label, domain: data.domain, desired: k.desired, re: res });
    });
    data.cues.forEach((c, i) => {
      const re = rx(`${WORD_BEFORE}(?:${c})${WORD_AFTER}`, 'gi', file, `cues.${i}`);
      if (re) cues.push({ domain: data.domain, re });
    });
    data.qualifiers.forEach((q, i) => {
      const re = rx(`${WORD_BEFORE}(?:${q})${WORD_AFTER}`, 'g', file, `qualifiers.${i}`);
      if (re) qualifiers.push({ domain: data.domain, weight: data.qualifierWeight ?? 2, re });
    });
  }

  // Verbs.
  const verbsFile = loadYamlFile(join(root, 'lexicons/verbs.yml'), VerbsFileSchema, problems);
  const verbFormsMap = new Map<string, VerbForm[]>();
  const phrasalForms = new Map<string, { rest: string[]; form: VerbForm }[]>();
  const weakOpeners: Rules['weakOpeners'] = [];
  const verbs = new VerbLexicon(verbsFile?.data ?? { roles: { down: [], up: [], better: [], achieve: [], maintain: [], intervention: [], duty: [], weak: [] }, fixes: {} });
  if (verbsFile) {
    const FORM: Record<string, VerbForm['form']> = { base: 'base', past: 'past', participle: 'past', gerund: 'ing', third: 's' };
    for (const e of verbs.entries.values()) {
      for (const role of e.roles) {
        const group = GROUP_OF_ROLE[role];
        if (!group) continue;
        for (const [name, value] of Object.entries(e.forms)) {
          const words = value.split(' ');
          const vf: VerbForm = { group, base: e.lemma, form: FORM[name]! };
          if (words.length === 1) {
            const list = verbFormsMap.get(words[0]!) ?? [];
            if (!list.some((x) => x.group === group && x.form === vf.form)) list.push(vf);
            verbFormsMap.set(words[0]!, list);
          } else {
            const list = phrasalForms.get(words[0]!) ?? [];
            list.push({ rest: words.slice(1), form: vf });
            phrasalForms.set(words[0]!, list);
          }
        }
      }
    }
    verbsFile.data.weakOpeners.forEach((w, i) => {
      const re = rx(`^(?:${w.match})${WORD_AFTER}`, 'i', verbsFile.file, `weakOpeners.${i}`);
      if (re) weakOpeners.push({ re, message: w.message });
    });
  }

  // Pattern signals.
  // Each signal file is read once: compiled here, and kept whole for the example tests.
  const signalFiles: Rules['files']['signals'] = [];
  const patternSet = (name: 'metric' | 'baseline' | 'timeframe'): PatternSet => {
    const loaded = loadYamlFile(join(root, `signals/${name}.yml`), PatternSignalFileSchema, problems);
    if (loaded) signalFiles.push(loaded);
    if (!loaded) return { id: name, patterns: [], exclude: [], excludeContexts: [] };
    const { file, data } = loaded;
    return {
      id: name,
      patterns: data.patterns.flatMap((p, i) => {
        const re = rx(p.match, 'gi', file, `patterns.${i}.match`);
        return re ? [{ id: p.id, re }] : [];
      }),
      exclude: data.exclude.flatMap((e, i) => rx(e, 'i', file, `exclude.${i}`) ?? []),
      excludeContexts: data.excludeContexts.flatMap((e, i) => rx(e, 'gi', file, `excludeContexts.${i}`) ?? []),
    };
  };
  const metric = patternSet('metric');
  const baseline = patternSet('baseline');
  const timeframe = patternSet('timeframe');

  const interventionFile = loadYamlFile(join(root, 'signals/intervention.yml'), InterventionFileSchema, problems);
  if (interventionFile) signalFiles.push(interventionFile);
  const iv = interventionFile?.data;
  const ivFile = interventionFile?.file ?? 'signals/intervention.yml';
  const intervention: Rules['intervention'] = {
    markers: (iv?.markers ?? []).flatMap((m, i) => {
      const re = rx(`${WORD_BEFORE}${m.match.replace(/ /g, '\\s+')}\\s+`, 'gi', ivFile, `markers.${i}`);
      return re ? [{ word: m.match, re, ...(m.needs ? { needs: m.needs } : {}) }] : [];
    }),
    notWhatWasDone: rx(`(?:${(iv?.notWhatWasDone ?? ['(?!)']).join('|')})`, 'iy', ivFile, 'notWhatWasDone') ?? /(?!)/y,
    actionNouns: new Set((iv?.actionNouns ?? []).map((w) => w.toLowerCase())),
    projectNouns: new Set((iv?.projectNouns ?? []).map((w) => w.toLowerCase())),
    clauseStop: rx(`(?:${(iv?.clauseStops ?? [';']).join('|')})`, 'g', ivFile, 'clauseStops') ?? /;/g,
    purposeClause: iv?.purposeClause ?? false,
  };

  const resultFile = loadYamlFile(join(root, 'signals/result.yml'), ResultFileSchema, problems);
  if (resultFile) signalFiles.push(resultFile);
  const result: Rules['result'] = {
    nounResults: (resultFile?.data.nounResults ?? []).flatMap((p, i) => rx(p, 'gi', resultFile!.file, `nounResults.${i}`) ?? []),
    signedMetricIsResult: resultFile?.data.signedMetricIsResult ?? false,
  };

  // Checks: one small file per rule; the id is the file name.
  const checkFiles = loadYamlDir(join(root, 'checks/bullet'), CheckFileSchema, problems);
  const checks: CompiledCheck[] = checkFiles.map(({ file, id, data }) => {
    if (data.kind !== 'existence') return { id, file, data };
    const body = data.tokens.join('|');
    const tokens = rx(`${WORD_BEFORE}(?:${body})${WORD_AFTER}`, data.caseSensitive ? 'g' : 'gi', file, 'tokens');
    return tokens ? { id, file, data, tokens } : { id, file, data };
  });

  problems.throwIfAny();
  return {
    root, kpis, cues, qualifiers, verbs, verbForms: verbFormsMap, phrasalForms, weakOpeners,
    leadingAdverbs: new Set((verbsFile?.data.leadingAdverbs ?? []).map((w) => w.toLowerCase())),
    metric, baseline, timeframe, intervention, result, checks,
    files: { kpis: kpiFiles, verbs: verbsFile, signals: signalFiles, checks: checkFiles },
  };
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
