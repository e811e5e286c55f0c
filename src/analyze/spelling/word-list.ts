// A large read-only set of words held as one string and an index of where each word starts. The Hunspell list has
// 120,000-odd forms: as a Set of strings it costs about 7 MB of heap in every thread that checks spelling, as one
// sorted text with offsets about 1.7 MB, and a lookup is a binary search without allocating anything.

export class WordList implements Iterable<string> {
  /** Start of each word in `text`; the word runs to the next start minus its separator. */
  private readonly starts: Uint32Array;
  private readonly text: string;

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
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(mid, word);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.size; i++) yield this.text.slice(this.starts[i], this.starts[i + 1]! - 1);
  }

  /** One word per line, sorted: what the constructor reads back. */
  serialize(): string {
    return this.text;
  }
}
