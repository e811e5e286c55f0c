// resume-vitals explain "<bullet>": each stage of the analysis with the rule that produced every span, so a surprising
// finding can be traced to the rule file that made it.
import { analyzeBullet } from '../../analyze/index.ts';
import { parseBullet } from '../../analyze/pipeline/index.ts';
import { rememberedParse } from '../../analyze/suggest/parses.ts';
import { MAX_BULLET_CHARS } from '../../analyze/limits.ts';
import { splitItems } from '../../analyze/split.ts';
import type { CliIo } from '../main.ts';
import { readInput, UsageError, reportingUsage } from '../input.ts';

const q = (s: string) => JSON.stringify(s);

export function explain(text: string): string {
  // The stages shown are the ones the analysis ran: the same parse, with misspelled words read as their fixes.
  const r = analyzeBullet(text, { rewrite: false });
  const b = rememberedParse(r) ?? parseBullet(text);
  const out: string[] = [`bullet     ${q(text)}`];
  const o = b.opening;
  out.push(`parse      ${b.tokens.length} tokens; opening ${o.kind}${o.verb ? ` ${q(o.verb.text)} (${o.verb.strength})` : ''}${o.lemma ? `, lemma ${o.lemma}` : ''}${o.roles.length ? ` [${o.roles.join(', ')}]` : ''}${o.adverb ? `; read past ${q(o.adverb.text)}` : ''}`);
  b.clauses.forEach((c, i) => {
    const head = c.head ? `verb ${q(c.head.text)} = ${c.head.lemma} [${c.head.roles.join(', ') || 'unlisted'}]` : 'no verb';
    out.push(`${i === 0 ? 'clauses' : ''.padEnd(7)}    ${i + 1}. ${q(c.text)}`);
    out.push(`               link ${c.link} (${c.linkRule}); ${head}; role ${c.role} (${c.roleRule})`);
  });
  for (const stage of ['metric', 'baseline', 'timeframe'] as const) {
    const spans = b.trace.filter((t) => t.stage === stage);
    out.push(`${stage.padEnd(10)} ${spans.length ? spans.map((t) => `${q(t.text)} ${t.rule}`).join('; ') : '—'}`);
  }
  out.push(`kpi        ${b.kpis.length ? b.kpis.map((k) => `${q(k.text)} ${k.id} [${k.domain}] moved ${k.change ?? '—'} (want ${k.desired ?? 'either'})`).join('; ') : '—'}`);
  out.push(`domain     ${b.primaryDomain ?? '—'}${b.domainRule ? ` (${b.domainRule})` : ''}`);
  for (const name of ['result', 'intervention', 'action'] as const) {
    const spans = r.components[name];
    out.push(`${name.padEnd(10)} ${spans.length ? spans.map((s) => q(s.text)).join('; ') : '—'}`);
  }
  out.push(`findings   ${r.findings.length ? r.findings.map((f) => `${f.rule} (${f.severity})`).join(', ') : 'none'}; score ${r.score}/100`);
  return out.join('\n') + '\n';
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  return reportingUsage('explain', io, async () => {
    if (argv.some((a) => a === '--help' || a === '-h')) {
      io.stdout('usage: resume-vitals explain "<bullet>" | explain [FILE|-]   (one bullet per line)\n');
      return 0;
    }
    const words = argv.filter((a) => a !== '--');
    // A quoted bullet on the command line, or bullets from a file or standard input.
    const fromArgs = words.length > 1 || (words.length === 1 && /\s/.test(words[0]!));
    const input = fromArgs ? words.join(' ') : await readInput(words, io);
    const items = splitItems(input, 'bullet');
    if (!items.length) throw new UsageError('give a bullet to explain, e.g. resume-vitals explain "Cut no-shows 12% by texting reminders."');
    io.stdout(items.map((t) => (t.length > MAX_BULLET_CHARS ? `bullet     ${t.length} characters; the limit is ${MAX_BULLET_CHARS}\n` : explain(t))).join('\n'));
    return 0;
  });
}
