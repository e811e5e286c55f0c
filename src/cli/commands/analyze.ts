// resume-vitals analyze [--kind bullet|story] [--format text|json|jsonl] [FILE|-]
import { analyze } from '../../analyze/index.ts';
import { splitItems } from '../../analyze/split.ts';
import type { Kind, Result } from '../../analyze/types.ts';
import type { CliIo } from '../main.ts';
import { parseArgs, readInput, UsageError, reportingUsage } from '../input.ts';
import { formatText } from '../format.ts';

export async function run(argv: string[], io: CliIo): Promise<number> {
  return reportingUsage('analyze', io, async () => {
    const args = parseArgs(argv, { kind: ['bullet', 'story'], format: ['text', 'json', 'jsonl'] });
    const kind = (args.options.kind ?? 'bullet') as Kind;
    const format = args.options.format ?? 'text';
    const input = await readInput(args.positional, io);
    const items = splitItems(input, kind);
    const results: Result[] = items.map((t) => analyze(t, kind));
    if (format === 'jsonl') io.stdout(results.map((r) => JSON.stringify(r)).join('\n') + (results.length ? '\n' : ''));
    else if (format === 'json') io.stdout(JSON.stringify(results, null, 2) + '\n');
    else io.stdout(formatText(results));
    return 0;
  });
}
