// A rewrite as edits to the writer's own text. Every edit is placed at offsets of the original bullet, where the
// parsed bullet's clauses, heads and slots are, so no step has to find its place again in text an earlier step changed;
// the edits are applied together at the end.

export interface Edit {
  start: number;
  end: number;
  text: string;
  rule?: string;
  /** creation order: insertions at one point come out in the order they were made */
  order: number;
}

/** Whether edit a is applied before b: by start; at one point an insertion first; then in creation order. */
function before(a: Edit, b: Edit): boolean {
  if (a.start !== b.start) return a.start < b.start;
  const aReplaces = a.end > a.start;
  if (aReplaces !== b.end > b.start) return !aReplaces;
  return a.order < b.order;
}

export class Edits {
  private readonly list: Edit[] = [];
  /** Ids of the rules that changed the text, in order. */
  readonly applied: string[] = [];

  constructor(readonly source: string) {}

  /**
   * Replaces [start, end) of the original with `text`. Returns the edit, or undefined when it would change words an
   * earlier edit already changed (the first rule to claim words keeps them).
   */
  replace(start: number, end: number, text: string, rule?: string): Edit | undefined {
    if (start < 0 || end > this.source.length || start > end) return undefined;
    if (start === end && text === '') return undefined;
    if (start !== end && text.length === end - start && this.source.startsWith(text, start)) return undefined;
    for (const e of this.list) {
      if (start < end && e.start < e.end && e.start < end && start < e.end) return undefined;
      if (start === end && e.start < start && start < e.end) return undefined;
      if (e.start === e.end && start < e.start && e.start < end) return undefined;
    }
    const edit: Edit = { start, end, text, rule, order: this.list.length };
    this.list.push(edit);
    if (rule && !this.applied.includes(rule)) this.applied.push(rule);
    return edit;
  }

  insert(at: number, text: string, rule?: string): Edit | undefined {
    return this.replace(at, at, text, rule);
  }

  /** Rewrites what an edit puts in (a verb it placed that becomes "by <gerund>"), recording the rule. */
  amend(edit: Edit, text: string, rule?: string): void {
    edit.text = text;
    if (rule && !this.applied.includes(rule)) this.applied.push(rule);
  }

  /** True when an edit already changes a character of [start, end). */
  touches(start: number, end: number): boolean {
    return this.list.some((e) => e.start < e.end && e.start < end && start < e.end);
  }

  /** The edit that replaced words starting exactly at `start`, if any. */
  at(start: number): Edit | undefined {
    return this.list.find((e) => e.start === start && e.end > e.start);
  }

  /** Every edit applied to the original; at one point an insertion goes before a replacement starting there. */
  text(): string {
    // (A handful of edits: sorted by insertion into a copy, in `before`'s order.)
    const sorted = this.list.slice();
    for (let i = 1; i < sorted.length; i++) {
      const e = sorted[i]!;
      let k = i;
      for (; k > 0 && before(e, sorted[k - 1]!); k--) sorted[k] = sorted[k - 1]!;
      sorted[k] = e;
    }
    let out = '';
    let at = 0;
    for (const e of sorted) {
      out += this.source.slice(at, e.start) + e.text;
      at = Math.max(at, e.end);
    }
    return out + this.source.slice(at);
  }

  clone(): Edits {
    const c = new Edits(this.source);
    for (const e of this.list) c.list.push({ ...e });
    c.applied.push(...this.applied);
    return c;
  }
}
