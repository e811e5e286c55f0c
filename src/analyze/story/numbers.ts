// Numbers in a story: metrics (%, $, points, counts, durations, "zero findings") and timeframes ("within 90 days").
// Local stand-in until the bullet engine's detectSignals lands; spans are half-open offsets into the story.
import type { Span } from '../types.ts';

const SPELLED = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a hundred|hundreds|a dozen|a third|a quarter|half';
const NUM = `\\d[\\d,]*(?:\\.\\d+)?`;
const UNIT = 'minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?|points?|pts?|percentage points?|basis points|bps|claims|patients|visits|beds|ftes?|shifts|policies|staff|nurses|rns|positions|vacancies|hires|referrals|appointments|slots|encounters|cases|charts|denials|findings|errors|falls|infections|complaints|calls|clinics|sites|units|providers|physicians|days in a/r|stars?|x';

const METRIC = new RegExp(
  [
    `[+\\-–−]?\\$\\s?${NUM}\\s?(?:k|m|mm|b|bn|million|thousand|billion)?\\b`,
    `[+\\-–−]?${NUM}\\s?(?:%|percent\\b|percentage points?\\b|points?\\b|pts?\\b|bps\\b|basis points\\b)`,
    `\\b${NUM}[- ](?:${UNIT})\\b`,
    `\\b(?:${SPELLED})[- ](?:${UNIT})\\b`,
    `\\b(?:zero|no) (?:findings|citations|deficiencies|uncovered shifts|falls|clabsis?|cautis?|penalt(?:y|ies)|errors|agency|write-offs|denials|complaints|harm events|safety events|vacancies)\\b`,
    `\\b(?:doubled|tripled|halved|cut in half)\\b`,
    `\\b${NUM}\\s?(?:to|-|–)\\s?${NUM}\\b`,
    `\\b(?!(?:19|20)\\d\\d\\b)\\d[\\d,]*(?:\\.\\d+)?\\b(?![:\\d])(?!\\s?(?:am|pm|a\\.m|p\\.m)\\b)`,
  ].join('|'),
  'giu',
);

const TIMEFRAME = new RegExp(
  [
    `\\b(?:within|over|in|for|after|during|across|by|through|inside)\\s+(?:(?:the|a|its)\\s+)?(?:(?:next|first|following|past|last|subsequent)\\s+)?(?:${NUM}|${SPELLED}|a|several|few)(?:\\s?(?:to|-|–)\\s?${NUM})?[- ](?:days?|weeks?|months?|quarters?|years?)\\b`,
    `\\b(?:${NUM}|${SPELLED}|a|several)[- ](?:days?|weeks?|months?|quarters?|years?) (?:later|after|on|running|straight|in a row)\\b`,
    `\\b(?:by|at) (?:the )?(?:year[- ]end|end of (?:the )?(?:year|quarter|fiscal year|month)|re-?survey)\\b`,
    `\\b(?:this|that|next|the following) (?:month|quarter|year|fiscal year)\\b`,
    `\\bin (?:q[1-4]|fy\\s?\\d{2,4}|(?:19|20)\\d\\d)\\b`,
  ].join('|'),
  'giu',
);

function spans(text: string, re: RegExp): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export function findTimeframes(text: string): Span[] {
  return spans(text, TIMEFRAME);
}

/** Metric spans, leaving out numbers that only say when ("within 90 days") and years. */
export function findMetrics(text: string, timeframes = findTimeframes(text)): Span[] {
  return spans(text, METRIC).filter((m) => !timeframes.some((t) => t.start <= m.start && m.end <= t.end));
}
