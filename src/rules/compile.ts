// Turns validated rule data into what the detectors run: regexes compiled once, verb forms expanded once.
import { join } from 'node:path';
import type { Domain } from './domains.ts';
import { VerbLexicon } from './verbs.ts';
import { nounPlural, PhraseTrie, type PhraseEntry } from './phrases.ts';
import { compileSweep, indexWords, type Sweep } from '../nlp/sweep.ts';
import { gated, requiredPieces, type Gated } from './literals.ts';
import type { ClausesFile, RolesFile } from './schema.ts';
import {
  CheckFileSchema, ClausesFileSchema, InterventionFileSchema, RolesFileSchema, KpiFileSchema, MacrosFileSchema, PatternSignalFileSchema, ResultFileSchema,
  VerbsFileSchema, ROLE_LISTS, type CheckFile, type RoleList, type VerbRole, type VerbsFile,
} from './schema.ts';
import { Problems, compileRegex, loadYamlDir, loadYamlFile, type Loaded } from './load.ts';

export interface CompiledKpi { id: string; label: string; domain: Domain; desired: 'up' | 'down' | null }
/** What a phrase of the KPI catalogue stands for: a KPI's term, a KPI's exception, a domain cue (by group), or a counted noun. */
export type CataloguePhrase = { kind: 'kpi'; kpi: number } | { kind: 'except'; kpi: number } | { kind: 'cue'; group: number } | { kind: 'count'; domain: Domain };
/** Patterns carry the pieces of text they cannot match without (src/rules/literals.ts): a text without one skips them. */
export interface PatternSet { id: string; patterns: (Gated & { id: string; needsDigit: boolean })[]; exclude: RegExp[]; excludeContexts: Gated[] }
export interface CompiledCheck { id: string; file: string; data: CheckFile; tokens?: Gated }

export interface Rules {
  root: string;
  kpis: CompiledKpi[];
  /** KPI terms, their exceptions, the domain cues and counted nouns, in one trie looked up in one pass over a text's tokens */
  catalogue: PhraseTrie<CataloguePhrase>;
  /** the cues' domain and weight, by group (one group per domain and weight) */
  cueGroups: { domain: Domain; weight: number }[];
  /** verb lemma -> the domain it leans towards when no KPI is named */
  verbPriors: Map<string, Domain>;
  qualifiers: { domain: Domain; weight: number; re: RegExp }[];
  /** The verb lexicon: lemmas, roles and forms (see src/nlp/verbs.ts for the API). */
  verbs: VerbLexicon;
  weakOpeners: { re: RegExp; message: string; duty: boolean }[];
  /** The weak openers as one pattern tried once at the start of a text: the first listed that matches wins, by its group. */
  weakOpener: { re: RegExp; groups: number[] } | null;
  /** Job-title nouns: a verb form before one is a title, not the opening verb ("Lead analyst", "Charge nurse"). */
  titleWords: Set<string>;
  leadingAdverbs: Set<string>;
  metric: PatternSet;
  baseline: PatternSet;
  timeframe: PatternSet;
  /** Nouns that name what was done ("after the rollout of") and change projects ("Led the go-live"). */
  intervention: { actionNouns: Set<string>; projectNouns: Set<string> };
  /** Clause boundaries: patterns of words walked over the parse's terms, the rest in a compromise net (src/nlp/sweep.ts). */
  clauses: { sweep: Sweep; byId: Map<string, ClausesFile['boundaries'][number]> };
  /** Word lists the clause-role rules read, as lower-case sets. */
  roles: Record<RoleList, Set<string>>;
  checks: CompiledCheck[];
  /** Raw loaded files, for the example tests. */
  files: {
    kpis: Loaded<ReturnType<typeof KpiFileSchema.parse>>[];
    verbs: Loaded<VerbsFile> | null;
    signals: Loaded<{ signal: string; examples: { valid: string[]; invalid: string[] } }>[];
    checks: Loaded<CheckFile>[];
    clauses: Loaded<ClausesFile> | null;
    roles: Loaded<RolesFile> | null;
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
  const catalogue = new PhraseTrie<CataloguePhrase>();
  const cueGroups: Rules['cueGroups'] = [];
  const qualifiers: Rules['qualifiers'] = [];
  const verbPriors = new Map<string, Domain>();
  const seen = new Set<string>();
  const addPhrase = (phrase: string, entry: PhraseEntry<CataloguePhrase>, file: string, where: string) => {
    try {
      catalogue.add(phrase, entry);
    } catch (e) {
      problems.add(file, '', `${where}: ${(e as Error).message}`);
    }
  };
  for (const { file, data } of kpiFiles) {
    data.kpis.forEach((k, i) => {
      if (seen.has(k.id)) problems.add(file, '', `kpis.${i}.id: duplicate KPI id '${k.id}'`);
      seen.add(k.id);
      const value = { kind: 'kpi' as const, kpi: kpis.length };
      k.terms.forEach((t, j) => addPhrase(t, { value }, file, `kpis.${i}.terms.${j}`));
      (k.except ?? []).forEach((t, j) => addPhrase(t, { value: { kind: 'except', kpi: kpis.length } }, file, `kpis.${i}.except.${j}`));
      (k.abbreviations ?? []).forEach((a, j) => addPhrase(a, { value, exact: a }, file, `kpis.${i}.abbreviations.${j}`));
      kpis.push({ id: k.id, label: k.label, domain: data.domain, desired: k.desired });
    });
    for (const v of data.verbs) {
      if (verbPriors.has(v)) problems.add(file, '', `verbs: '${v}' already leans to ${verbPriors.get(v)}`);
      verbPriors.set(v, data.domain);
    }
    // One group per domain and weight: within a group the longer reading wins and readings do not overlap.
    data.cues.forEach((c, i) => {
      const { match, weight } = typeof c === 'string' ? { match: c, weight: 1 } : c;
      let group = cueGroups.findIndex((g) => g.domain === data.domain && g.weight === weight);
      if (group < 0) group = cueGroups.push({ domain: data.domain, weight }) - 1;
      addPhrase(match, { value: { kind: 'cue', group } }, file, `cues.${i}`);
    });
    // "a team of 16", "24 employees", "40 patients a day": a count of one of these nouns points to the domain.
    if (data.counts.length) {
      // Written out with each plural: a counted word is a noun ("patient", not the adjective).
      const nouns = `(${data.counts.flatMap((n) => [n, nounPlural(n)]).join('|')})`;
      const value = { kind: 'count' as const, domain: data.domain };
      addPhrase(`# ...3 ${nouns}`, { value }, file, 'counts');
      addPhrase(`${nouns} (of|totaling|totalling) (up to|over|about)? #`, { value }, file, 'counts');
    }
    const quals = data.qualifiers.filter((q, i) => rx(`(?:${q})`, 'g', file, `qualifiers.${i}`));
    if (quals.length) {
      const re = rx(`${WORD_BEFORE}(?:${quals.map((q) => `(?:${q})`).join('|')})${WORD_AFTER}`, 'g', file, 'qualifiers');
      if (re) qualifiers.push({ domain: data.domain, weight: data.qualifierWeight ?? 2, re });
    }
  }

  // Verbs.
  const verbsFile = loadYamlFile(join(root, 'lexicons/verbs.yml'), VerbsFileSchema, problems);
  const weakOpeners: Rules['weakOpeners'] = [];
  const verbs = new VerbLexicon(verbsFile?.data ?? { roles: { down: [], up: [], better: [], achieve: [], maintain: [], intervention: [], duty: [], weak: [] }, fixes: {} });
  if (verbsFile) {
    verbsFile.data.weakOpeners.forEach((w, i) => {
      const re = rx(`^(?:${w.match})${WORD_AFTER}`, 'i', verbsFile.file, `weakOpeners.${i}`);
      if (re) weakOpeners.push({ re, message: w.message, duty: w.duty ?? false });
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
        return re ? [{ id: p.id, re, pieces: requiredPieces(re.source, re.flags), needsDigit: p.needsDigit ?? false }] : [];
      }),
      exclude: data.exclude.flatMap((e, i) => rx(e, 'i', file, `exclude.${i}`) ?? []),
      excludeContexts: data.excludeContexts.flatMap((e, i) => {
        const re = rx(e, 'gi', file, `excludeContexts.${i}`);
        return re ? [gated(re)] : [];
      }),
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
    actionNouns: new Set((iv?.actionNouns ?? []).map((w) => w.toLowerCase())),
    projectNouns: new Set((iv?.projectNouns ?? []).map((w) => w.toLowerCase())),
  };

  // The result signal's examples (what counts as a result) are run by the example tests against the roles stage.
  const resultFile = loadYamlFile(join(root, 'signals/result.yml'), ResultFileSchema, problems);
  if (resultFile) signalFiles.push(resultFile);

  const clausesFile = loadYamlFile(join(root, 'signals/clauses.yml'), ClausesFileSchema, problems);
  const boundaries = clausesFile?.data.boundaries ?? [];
  let sweep: Sweep = { words: [], index: indexWords([]), net: null };
  try {
    sweep = compileSweep(boundaries.map((b) => ({ match: b.match, id: b.id })));
  } catch (e) {
    problems.add(clausesFile?.file ?? join(root, 'signals/clauses.yml'), '', `boundaries: invalid match pattern (${(e as Error).message})`);
  }
  const clauses: Rules['clauses'] = { sweep, byId: new Map(boundaries.map((b) => [b.id, b])) };
  const rolesFile = loadYamlFile(join(root, 'signals/roles.yml'), RolesFileSchema, problems);
  const lower = (xs: string[] | undefined) => new Set((xs ?? []).map((w) => w.toLowerCase()));
  const rd = rolesFile?.data;
  const roles = Object.fromEntries(ROLE_LISTS.map((k) => [k, lower(rd?.[k])])) as Rules['roles'];
  if (rd) for (const key of ['needsAmount', 'needsOutcome', 'weakMeans', 'enablers'] as const) {
    for (const lemma of rd[key]) if (!verbs.has(lemma)) problems.add(rolesFile!.file, '', `${key}: '${lemma}' is not in the verb lexicon`);
  }

  // Checks: one small file per rule; the id is the file name.
  const checkFiles = loadYamlDir(join(root, 'checks/bullet'), CheckFileSchema, problems);
  const checks: CompiledCheck[] = checkFiles.map(({ file, id, data }) => {
    if (data.kind !== 'existence') return { id, file, data };
    const body = data.tokens.join('|');
    const tokens = rx(`${WORD_BEFORE}(?:${body})${WORD_AFTER}`, data.caseSensitive ? 'g' : 'gi', file, 'tokens');
    return tokens ? { id, file, data, tokens: gated(tokens) } : { id, file, data };
  });

  problems.throwIfAny();
  return {
    root, kpis, catalogue, cueGroups, verbPriors, qualifiers, verbs, weakOpeners, weakOpener: oneOf(weakOpeners.map((w) => w.re)),
    titleWords: new Set(verbsFile?.data.titleWords ?? []),
    leadingAdverbs: new Set((verbsFile?.data.leadingAdverbs ?? []).map((w) => w.toLowerCase())),
    metric, baseline, timeframe, intervention, clauses, roles, checks,
    files: { kpis: kpiFiles, verbs: verbsFile, signals: signalFiles, checks: checkFiles, clauses: clausesFile, roles: rolesFile },
  };
}

/** Anchored patterns as one alternation, with the group that says which matched (each tried in list order). */
function oneOf(res: RegExp[]): { re: RegExp; groups: number[] } | null {
  if (!res.length) return null;
  const groups: number[] = [];
  let next = 1;
  for (const re of res) {
    groups.push(next);
    next += 1 + (new RegExp(`${re.source}|`).exec('')!.length - 1);
  }
  return { re: new RegExp(`^(?:${res.map((re) => `(${re.source.replace(/^\^/, '')})`).join('|')})`, 'i'), groups };
}
