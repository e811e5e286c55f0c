// Compiles rules/match/ once per process: every dictionary entry (and every KPI of rules/kpis) becomes one
// whole-word regex for its terms and one exact regex for its acronyms; headings, cues and year patterns likewise.
import { join } from 'node:path';
import { RULES_DIR, getRules } from '../rules/index.ts';
import { Problems, compileRegex, loadYamlFile, type Loaded } from '../rules/load.ts';
import { phraseRegex } from '../rules/phrases.ts';
import type { Domain } from '../analyze/types.ts';
import { escapeRegex } from '../rules/regex.ts';
import {
  DictionaryFileSchema, ExperienceFileSchema, ImportanceFileSchema, KpiContextFileSchema,
  type DictionaryFile, type ExperienceFile, type Importance, type ImportanceFile, type KpiContextFile, type RequirementKind,
} from './schema.ts';

export interface Entry {
  /** `kind:id`, the requirement's id in results. */
  key: string;
  kind: RequirementKind;
  id: string;
  label: string;
  terms: RegExp;
  abbreviations: RegExp | null;
  exclude: RegExp[];
  /** Keys this entry satisfies besides its own. */
  implies: string[];
  /** KPIs only: the domain, to choose a story prompt. */
  domain?: Domain;
}

export interface MatchRules {
  entries: Entry[];
  byKey: Map<string, Entry>;
  /** key -> keys of the entries that satisfy it (itself first). */
  satisfiedBy: Map<string, string[]>;
  sections: { importance: Importance | 'ignore'; standalone: RegExp; inline: RegExp }[];
  cues: { importance: 'required' | 'preferred'; re: RegExp; reach: number }[];
  metadata: RegExp;
  experience: { patterns: RegExp[]; numberWords: Record<string, number>; settings: { id: string; re: RegExp }[] };
  files: {
    dictionaries: Loaded<DictionaryFile>[];
    importance: Loaded<ImportanceFile> | null;
    experience: Loaded<ExperienceFile> | null;
    kpis: Loaded<KpiContextFile> | null;
  };
}

/** In this order: on the same words, the earlier kind wins. */
export const DICTIONARY_FILES = ['credentials', 'degrees', 'systems', 'skills'] as const;

const BEFORE = '(?<![A-Za-z0-9_])';
const AFTER = '(?![A-Za-z0-9_])';
const escape = escapeRegex;

/**
 * A space in a term stands for any run of white space, so a phrase wrapped over two lines is still found: " " is
 * "\s+", " ?" is "\s*", and a class with a space ("[- ]") takes a run of its characters.
 */
export function flexSpaces(source: string): string {
  let out = '';
  let inClass = false;
  let classHasSpace = false;
  const quantifier = (i: number): string | undefined => source[i + 1];
  // A space (or a class holding one) at i becomes a run: '?' and '*' after it allow none, '+' or nothing one or more;
  // a counted '{n}' stays as written.
  const takesQuantifier = (i: number): boolean => ['?', '*', '+'].includes(quantifier(i) ?? '');
  const repeated = (unit: string, i: number): string => {
    const q = quantifier(i);
    if (q === '?' || q === '*') return `${unit}*`;
    return q === '{' ? unit : `${unit}+`;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[++i] ?? '');
      continue;
    }
    if (inClass) {
      if (c === ' ') {
        out += '\\s';
        classHasSpace = true;
        continue;
      }
      if (c === ']') {
        inClass = false;
        if (!classHasSpace) {
          out += c;
          continue;
        }
        out += repeated(']', i);
        if (takesQuantifier(i)) i++;
        continue;
      }
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      classHasSpace = false;
      out += c;
      continue;
    }
    if (c === ' ') {
      out += repeated('\\s', i);
      if (takesQuantifier(i)) i++;
      continue;
    }
    out += c;
  }
  return out;
}

/** Sections a posting has that describe neither the job nor what it asks for (a career ladder, benefits, EEO). */
const IGNORED_SECTIONS = [
  'career (?:progression|path)', 'typical career path', 'advancement to', 'entry point from', 'lateral moves', 'benefits(?: and perks)?',
  'perks', 'equal (?:employment )?opportunity.*', 'EEO.*', 'about us', 'company profile', 'pay transparency.*', 'compensation',
  'physical (?:demands|requirements)', 'working conditions', 'work environment', 'what we offer', 'why (?:join|work).*',
];

export function compileMatchRules(root = RULES_DIR): MatchRules {
  const problems = new Problems(join(root, '..'));
  const dir = join(root, 'match');
  const rx = (src: string, flags: string, file: string, where: string) => compileRegex(src, flags, file, where, problems);

  const dictionaries = DICTIONARY_FILES.map((n) => loadYamlFile(join(dir, `${n}.yml`), DictionaryFileSchema, problems))
    .filter((f): f is Loaded<DictionaryFile> => f !== null);
  const importance = loadYamlFile(join(dir, 'importance.yml'), ImportanceFileSchema, problems);
  const experience = loadYamlFile(join(dir, 'experience.yml'), ExperienceFileSchema, problems);
  const kpiContexts = loadYamlFile(join(dir, 'kpis.yml'), KpiContextFileSchema, problems);

  const entries: Entry[] = [];
  const seen = new Set<string>();
  const add = (e: Entry, file: string) => {
    if (seen.has(e.key)) problems.add(file, '', `duplicate entry '${e.key}'`);
    seen.add(e.key);
    entries.push(e);
  };

  // KPIs first: on the same words a KPI outranks a skill ("patient experience" is a measure before it is a duty).
  const catalogue = getRules().files.kpis;
  const kpiIds = new Set(catalogue.flatMap((f) => f.data.kpis.map((k) => k.id)));
  for (const id of [...Object.keys(kpiContexts?.data.exclude ?? {}), ...Object.keys(kpiContexts?.data.terms ?? {})]) {
    if (!kpiIds.has(id)) problems.add(kpiContexts!.file, '', `exclude.${id}: no KPI with this id in rules/kpis`);
  }
  for (const f of catalogue) {
    for (const k of f.data.kpis) {
      // The catalogue's terms are lemma sequences; postings are scanned as raw text, so each becomes a pattern, the
      // longest first so that the longer reading wins ("wRVUs per clinic day" over "wRVUs").
      const longestFirst = [...k.terms].sort((a, b) => b.split(/[\s-]+/).length - a.split(/[\s-]+/).length || b.length - a.length);
      const terms = rx(`${BEFORE}(?:${[...longestFirst.map(phraseRegex), flexSpaces((kpiContexts?.data.terms[k.id] ?? []).join('|'))].filter(Boolean).join('|')})${AFTER}`, 'gi', f.file, `kpis.${k.id}.terms`);
      if (!terms) continue;
      const abbr = k.abbreviations?.length ? rx(`${BEFORE}(?:${k.abbreviations.map(escape).join('|')})(?![A-Za-z0-9_-])`, 'g', f.file, `kpis.${k.id}`) : null;
      const exclude = [
        ...(k.except ?? []).map((s) => rx(`${BEFORE}(?:${phraseRegex(s)})${AFTER}`, 'gi', f.file, `kpis.${k.id}.except`)),
        ...(kpiContexts?.data.exclude[k.id] ?? []).map((s) => rx(`${BEFORE}(?:${s})`, 'gi', kpiContexts!.file, `exclude.${k.id}`)),
      ].filter((r): r is RegExp => r !== null);
      add({ key: `kpi:${k.id}`, kind: 'kpi', id: k.id, label: k.label, terms, abbreviations: abbr, exclude, implies: [], domain: f.data.domain }, f.file);
    }
  }

  for (const f of dictionaries) {
    f.data.entries.forEach((e, i) => {
      const flags = e.caseSensitive ? 'g' : 'gi';
      const terms = rx(`${BEFORE}(?:${flexSpaces(e.terms.join('|'))})${AFTER}`, flags, f.file, `entries.${i}.terms`);
      if (!terms) return;
      const abbr = e.abbreviations?.length
        ? rx(`${BEFORE}(?:${[...e.abbreviations].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![A-Za-z0-9_-])`, 'g', f.file, `entries.${i}.abbreviations`)
        : null;
      const exclude = (e.exclude ?? []).map((s) => rx(`${BEFORE}(?:${s})`, 'gi', f.file, `entries.${i}.exclude`)).filter((r): r is RegExp => r !== null);
      add({ key: `${f.data.kind}:${e.id}`, kind: f.data.kind, id: e.id, label: e.label, terms, abbreviations: abbr, exclude, implies: (e.implies ?? []).map((x) => `${f.data.kind}:${x}`) }, f.file);
    });
  }
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const satisfiedBy = new Map<string, string[]>(entries.map((e) => [e.key, [e.key]]));
  for (const e of entries) {
    for (const target of e.implies) {
      const list = satisfiedBy.get(target);
      if (!list) problems.add(dir, '', `${e.key} implies '${target}', which no entry defines`);
      else list.push(e.key);
    }
  }

  const sections: MatchRules['sections'] = [];
  const heading = (importanceOf: Importance | 'ignore', sources: string[], file: string) => {
    const body = `(?:${sources.join('|')})`;
    // Leading marks and emoji are skipped: "🎯 Role Definition", "• Requirements:".
    const lead = '^[^A-Za-z0-9]*';
    const standalone = rx(`${lead}${body}\\s*:?\\s*$`, 'i', file, 'sections');
    const inline = rx(`${lead}${body}\\s*:\\s*(?=\\S)`, 'i', file, 'sections');
    if (standalone && inline) sections.push({ importance: importanceOf, standalone, inline });
  };
  if (importance) {
    for (const s of importance.data.sections) heading(s.importance, s.headings, importance.file);
    heading('ignore', IGNORED_SECTIONS, importance.file);
  }
  const cues: MatchRules['cues'] = [];
  for (const level of ['required', 'preferred'] as const) {
    for (const cue of importance?.data.cues[level] ?? []) {
      const { match, reach } = typeof cue === 'string' ? { match: cue, reach: Infinity } : cue;
      const re = rx(`${BEFORE}(?:${match})${AFTER}`, 'gi', importance!.file, `cues.${level}`);
      if (re) cues.push({ importance: level, re, reach });
    }
  }
  const metadata = rx(`^[^A-Za-z0-9]*(?:${(importance?.data.metadataKeys ?? ['(?!)']).join('|')})\\s*(?::|$)`, 'i', importance?.file ?? dir, 'metadataKeys') ?? /(?!)/;

  const numberWords = experience?.data.numberWords ?? {};
  const N = `(?:\\d{1,2}|${Object.keys(numberWords).join('|') || '(?!)'})`;
  const patterns = (experience?.data.patterns ?? []).map((p, i) => {
    let first = true;
    const src = p.replace(/\{N\}/g, () => (first ? ((first = false), `(?<n>${N})`) : N));
    return rx(`${BEFORE}${src}${AFTER}`, 'gi', experience!.file, `patterns.${i}`);
  }).filter((r): r is RegExp => r !== null);
  const settings = (experience?.data.settings ?? []).map((s, i) => ({ id: s.id, re: rx(`${BEFORE}(?:${s.terms.join('|')})${AFTER}`, 'i', experience!.file, `settings.${i}`) }))
    .filter((s): s is { id: string; re: RegExp } => s.re !== null);

  problems.throwIfAny();
  return {
    entries, byKey, satisfiedBy, sections, cues, metadata,
    experience: { patterns, numberWords, settings },
    files: { dictionaries, importance, experience, kpis: kpiContexts },
  };
}

let cached: MatchRules | null = null;
export function getMatchRules(): MatchRules {
  cached ??= compileMatchRules();
  return cached;
}
