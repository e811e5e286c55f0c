// A large read-only set of words held as one string and an index of where each word starts. The Hunspell list has
// 120,000-odd forms: as a Set of strings it costs about 7 MB of heap in every thread that checks spelling, as one
// sorted text with offsets about 1.7 MB. A lookup hashes the word into an open-addressing table of word numbers
// (another 1 MB or so): one or two probes instead of a binary search's seventeen scattered reads, nothing allocated.

export class WordList implements Iterable<string> {
  /** Start of each word in `text`; the word runs to the next start minus its separator. */
  private readonly starts: Uint32Array;
  private readonly text: string;
  /** Word number + 1 in the slot its hash chose (or the next free one after); 0 is an empty slot. */
  private readonly slots: Uint32Array;

  /** From words in any order; duplicates and empty words are dropped. */
  static of(words: Iterable<string>): WordList {
    const sorted = [...new Set(words)].filter(Boolean).sort();
    return new WordList(sorted.join('\n'));
  }

  /** From the text `serialize()` wrote: words sorted by UTF-16 code units, one per line, no duplicates. */
  constructor(sortedLines: string) {
    this.text = sortedLines;
    let n = sortedLines ? 1 : 0;
    for (let at = sortedLines.indexOf('\n'); at >= 0; at = sortedLines.indexOf('\n', at + 1)) n++;
    const starts = new Uint32Array(n + 1);
    let i = 0;
    if (n) {
      starts[i++] = 0;
      for (let at = sortedLines.indexOf('\n'); at >= 0; at = sortedLines.indexOf('\n', at + 1)) starts[i++] = at + 1;
    }
    starts[n] = sortedLines.length + 1; // as if a separator followed the last word
    this.starts = starts;
    // A power of two at least twice the word count keeps probe runs short.
    let size = 16;
    while (size < n * 2) size *= 2;
    const slots = new Uint32Array(size);
    const mask = size - 1;
    for (let w = 0; w < n; w++) {
      let at = hashRange(sortedLines, starts[w]!, starts[w + 1]! - 1) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = w + 1;
    }
    this.slots = slots;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** Negative, zero or positive as word `i` sorts before, equal to or after `word`. */
  private compare(i: number, word: string): number {
    const start = this.starts[i]!;
    const len = this.starts[i + 1]! - 1 - start;
    const n = Math.min(len, word.length);
    for (let k = 0; k < n; k++) {
      const d = this.text.charCodeAt(start + k) - word.charCodeAt(k);
      if (d !== 0) return d;
    }
    return len - word.length;
  }

  has(word: string): boolean {
    const mask = this.slots.length - 1;
    for (let at = hashRange(word, 0, word.length) & mask; ; at = (at + 1) & mask) {
      const w = this.slots[at]!;
      if (w === 0) return false;
      if (this.compare(w - 1, word) === 0) return true;
    }
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.size; i++) yield this.text.slice(this.starts[i], this.starts[i + 1]! - 1);
  }

  /** One word per line, sorted: what the constructor reads back. */
  serialize(): string {
    return this.text;
  }
}

/** FNV-1a over the UTF-16 code units of text[from, to). */
function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
