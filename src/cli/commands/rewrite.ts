// resume-vitals rewrite [--answer part=value]... [--format text|json|jsonl] [FILE|-]
// Prints up to three rewrites per bullet in the guide's order, with the questions that fill their placeholders.
import { analyzeBullet } from '../../analyze/index.ts';
import { ANSWER_KEYS, answerPart, asRewrite, suggestRewrites, type Answers, type RewriteCandidate } from '../../analyze/suggest/index.ts';
import { readInput } from '../input.ts';
import type { CliIo } from '../main.ts';

const USAGE = `usage: resume-vitals rewrite [--answer PART=VALUE]... [--format text|json|jsonl] [FILE|-]
  PART is one of: ${[...new Set(Object.keys(ANSWER_KEYS))].join(', ')}
  e.g. resume-vitals rewrite --answer baseline="18%" --answer how="piloting SMS reminders" bullets.txt`;

const FORMATS = ['text', 'json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];
const BULLET_MARK = /^\s*(?:[•\-*▪◦‣–—]|\d{1,3}[.)])\s+/;

interface Options { format: Format; answers: Answers; file?: string; }

function parseArgs(args: string[]): Options | string {
  const opts: Options = { format: 'text', answers: {} };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--format' || flag === '--answer') {
      const value = inline ?? args[++i];
      if (value === undefined) return `${flag} needs a value`;
      if (flag === '--format') {
        if (!(FORMATS as readonly string[]).includes(value)) return `--format must be one of ${FORMATS.join(', ')}`;
        opts.format = value as Format;
      } else {
        const eq = value.indexOf('=');
        const part = eq > 0 ? answerPart(value.slice(0, eq)) : undefined;
        if (!part) return `--answer takes PART=VALUE with PART one of ${Object.keys(ANSWER_KEYS).join(', ')}`;
        opts.answers[part] = value.slice(eq + 1);
      }
    } else if (a === '-' || !a.startsWith('-')) {
      if (opts.file !== undefined) return 'give at most one FILE';
      opts.file = a;
    } else {
      return `unknown option '${a}'`;
    }
  }
  return opts;
}

export interface BulletRewrites {
  text: string;
  score: number;
  rewrite: { text: string; placeholders: string[] } | null;
  candidates: (RewriteCandidate & { score: number | null })[];
}

/** Analyses one bullet and returns its candidates; a candidate with no placeholders left is scored by the analyzer. */
export function rewriteOne(text: string, answers: Answers): BulletRewrites {
  const analysed = analyzeBullet(text);
  const candidates = suggestRewrites(analysed, { answers }).map((c) => ({
    ...c,
    score: c.placeholders.length === 0 ? analyzeBullet(c.text, { rewrite: false, spelling: false }).score : null,
  }));
  const best = candidates[0];
  return {
    text: analysed.text, score: analysed.score,
    rewrite: best ? asRewrite(best) : null,
    candidates,
  };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = parseArgs(args);
  if (typeof opts === 'string') {
    io.stderr(`resume-vitals rewrite: ${opts}\n${USAGE}\n`);
    return 2;
  }
  let input: string;
  try {
    // The same input rule as every other command (binary, size, UTF-8): what `analyze` reads, `rewrite` reads.
    input = (await readInput(opts.file === undefined ? [] : [opts.file], io)).replace(/^\uFEFF/, '');
  } catch (e) {
    io.stderr(`resume-vitals rewrite: ${(e as Error).message}\n`);
    return 2;
  }
  const bullets = input.split(/\r?\n|\r/).map((l) => l.replace(BULLET_MARK, '').trim()).filter(Boolean);
  const results = bullets.map((b) => rewriteOne(b, opts.answers));
  if (opts.format === 'json') io.stdout(JSON.stringify(results, null, 2) + '\n');
  else if (opts.format === 'jsonl') for (const r of results) io.stdout(JSON.stringify(r) + '\n');
  else io.stdout(results.map((r, i) => formatText(r, i + 1)).join('\n'));
  return 0;
}

export function formatText(r: BulletRewrites, n: number): string {
  const lines = [`${n}. ${r.text}  (score ${r.score})`];
  if (r.candidates.length === 0) lines.push('   no rewrite: the bullet is empty or over the length limit');
  r.candidates.forEach((c, i) => {
    lines.push(`   ${i + 1}) ${c.text}${c.score === null ? '' : `  (score ${c.score})`}`);
    lines.push(`      [${c.strategy}] passes: ${c.checks.filter((k) => k.status === 'passes').map((k) => k.id).join(', ') || 'none'}`);
    const lacking = c.checks.filter((k) => k.status === 'lacks');
    if (lacking.length) lines.push(`      still lacks: ${lacking.map((k) => `${k.id} (${k.message})`).join('; ')}`);
    for (const q of c.questions) lines.push(`      ? ${q.placeholder} ${q.question}  --answer ${q.part}=...`);
    for (const q of c.beside) lines.push(`      ? ${q.question}  --answer ${q.part}=...`);
    for (const q of c.optional) lines.push(`      ? (optional) ${q.question}  --answer ${q.part}=...`);
  });
  return lines.join('\n') + '\n';
}
