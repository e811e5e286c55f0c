// A short title from the first words of a bullet or story, cut where a phrase ends: never inside "from 4.1% to 1.8%",
// "in 6 months" or "$1.4 million", never on a dangling "in", "and" or "by".

/** Outline labels a story may open with: "Situation:", "S -", "**Situation**", "1. Situation:". */
export const OUTLINE_LABEL = /^\s*(?:\d+[.)]\s*)?(?:\*\*|__)?(?:situation|context|background|s)(?:\*\*|__)?\s*(?:[:\-–—]\s*(?:\*\*|__)?)?(?=\s)/i;

// Words that open a new phrase: a title may end just before them.
const PHRASE_START = new Set([
  'by', 'through', 'via', 'using', 'with', 'without', 'after', 'while', 'which', 'who', 'that', 'resulting', 'leading',
  'and', 'but', 'so', 'because', 'in', 'within', 'over', 'across', 'for', 'at', 'during', 'from', 'to', 'when', 'as',
  'on', 'of', 'under', 'before', 'since', 'where', 'amid',
]);
// Words a title must not end on.
const DANGLING = new Set([...PHRASE_START, 'a', 'an', 'the', 'our', 'my', 'their', 'its', 'his', 'her', 'this', 'that', 'than', 'per', 'i', 'we', 'was', 'were', 'is', 'are', 'had', 'has', 'have']);

// Stretches a cut may not fall inside.
const WHOLE = [
  /\bfrom\s+(?:about\s+|nearly\s+|over\s+|under\s+)?[$#]?\d[\d,.]*\S*(?:\s+\S+){0,3}?\s+(?:down\s+|up\s+)?to\s+(?:about\s+|nearly\s+|under\s+|over\s+)?[$#]?\d[\d,.]*[^\s,;.]*(?:\s+(?:percent|points?|pts|days?|minutes?|hours?|weeks?|months?|k|million|billion|per\s+\S+))?/giu,
  /\b(?:in|within|over|across|after|for)\s+(?:the\s+(?:first|next|following)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)\s+(?:days?|weeks?|months?|quarters?|years?)\b/giu,
  /[$#]?\d[\d,.]*\s?(?:%|percent|percentage points?|points?|pts|k|m|million|billion|days?|minutes?|hours?|weeks?|months?)?/giu,
];

interface Word { text: string; start: number; end: number }

/** The first words of `text` as a title of at most about maxWords words, cut at a phrase boundary. */
export function titleFrom(text: string, maxWords = 8, maxChars = 120): string {
  // A scaffold's [placeholders] are not a title.
  const unfilled = text.replace(/\[[^\[\]\n]*\][.,;:]?/g, ' ');
  const firstLine = (unfilled.replace(OUTLINE_LABEL, '').trim().split(/\n/)[0] ?? '').replace(/\*\*|__/g, '').trim();
  // The first sentence only: a period before a space and a capital ends it (a decimal point does not).
  const sentence = firstLine.replace(/([.!?])\s+(?=["“(]?[A-Z]).*$/u, '$1');
  const words: Word[] = [...sentence.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  if (words.length === 0) return 'Untitled story';
  const protectedSpans: { start: number; end: number }[] = [];
  for (const re of WHOLE) for (const m of sentence.matchAll(re)) if (m[0].trim()) protectedSpans.push({ start: m.index, end: m.index + m[0].length });
  const inside = (at: number) => protectedSpans.some((p) => p.start < at && at < p.end);
  const bare = (w: Word) => w.text.toLowerCase().replace(/^[("“]+|[.,;:!?)"”]+$/g, '');
  // A cut after word i (keeping words[0..i]) is good when it ends a phrase.
  const goodCut = (i: number): boolean => {
    const w = words[i]!;
    if (inside(w.end)) return false;
    if (DANGLING.has(bare(w))) return false;
    if (i + 1 >= words.length) return true;
    return /[,;:—–)]$/.test(w.text) || PHRASE_START.has(bare(words[i + 1]!)) || /^[—–(]/.test(words[i + 1]!.text);
  };
  let cut = -1;
  if (words.length <= maxWords && goodCut(words.length - 1)) cut = words.length - 1;
  for (let i = Math.min(words.length, maxWords) - 1; cut < 0 && i >= 2; i--) if (goodCut(i)) cut = i;
  // No boundary early enough: let the phrase run a few words more rather than stop mid-phrase.
  for (let i = maxWords; cut < 0 && i < Math.min(words.length, maxWords + 5); i++) if (goodCut(i)) cut = i;
  let title = sentence.slice(0, words[cut < 0 ? Math.min(words.length, maxWords) - 1 : cut]!.end).replace(/[.,;:!?—–-]+$/, '').trim();
  if (cut < 0 && words.length > maxWords) title += '…';
  if (title.length > maxChars) {
    const room = title.slice(0, maxChars - 1);
    title = room.slice(0, Math.max(room.lastIndexOf(' '), 1)).replace(/[.,;:!?]+$/, '') + '…';
  }
  return title ? title.charAt(0).toUpperCase() + title.slice(1) : 'Untitled story';
}
