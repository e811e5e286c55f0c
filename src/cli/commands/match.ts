// resume-vitals match --posting FILE [--format text|json] [RESUME.json|-]
// The posting (.txt or .docx) against a resume (JSON Resume, or a resume as plain text); without a resume, the
// posting's requirements alone.
import { importJson, importText, isImportError } from '../../import/index.ts';
import { matchPosting, type MatchResult } from '../../match/index.ts';
import { matchJson } from '../../match/json.ts';
import { postingFromFile } from '../../match/posting-input.ts';
import type { Resume } from '../../resume/schema.ts';
import type { CliIo } from '../main.ts';
import { parseArgs, readInput, readInputFile, UsageError, reportingUsage } from '../input.ts';

async function readPosting(file: string): Promise<string> {
  const buf = await readInputFile(file);
  try {
    return await postingFromFile(buf, file);
  } catch (e) {
    if (isImportError(e)) throw new UsageError(`posting '${file}': ${e.message}`);
    throw e;
  }
}

function readResume(text: string): Resume {
  try {
    const t = text.replace(/^\uFEFF/, '').trimStart();
    return (t.startsWith('{') ? importJson(text) : importText(text)).resume;
  } catch (e) {
    if (isImportError(e)) throw new UsageError(`resume: ${e.message}`);
    throw e;
  }
}

export function formatMatchText(r: MatchResult): string {
  const out: string[] = [`score ${r.score}/100  (${r.explanation.formula})`, ''];
  if (!r.requirements.length) out.push('No requirements found in the posting.');
  for (const m of r.requirements) {
    out.push(`${m.matched ? '✓' : '✗'} [${m.importance}] ${m.kind}: ${m.label}  (posting: ${m.terms.map((t) => `"${t}"`).join(', ')})`);
    for (const e of m.evidence) out.push(`    ${e.where}: "${e.text}"`);
    if (!m.matched || m.kind === 'experience') out.push(`    ${m.reason}`);
  }
  if (r.suggestions.length) {
    out.push('', 'suggestions:');
    for (const s of r.suggestions) out.push(`  - ${s.message}`);
  }
  return out.join('\n') + '\n';
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  return reportingUsage('match', io, async () => {
    const args = parseArgs(argv, { posting: null, format: ['text', 'json'] });
    if (!args.options.posting) throw new UsageError('--posting FILE is required (the job posting as .txt or .docx)');
    const posting = await readPosting(args.options.posting);
    const resume = args.positional.length ? readResume(await readInput(args.positional, io)) : undefined;
    const result = matchPosting(posting, { resume });
    if (args.options.format === 'json') {
      io.stdout(JSON.stringify(matchJson(result), null, 2) + '\n');
    } else io.stdout(formatMatchText(result));
    return 0;
  });
}
