// A bullet being rewritten: its text plus named ranges (the analyzer's spans) that follow every edit,
// so later steps can still find the KPI or the intervention after earlier steps changed the words before them.
import type { Span } from '../types.ts';

export type RangeKind = 'metric' | 'baseline' | 'intervention' | 'result' | 'timeframe' | 'kpi' | 'verb' | 'weak';
export interface Range { kind: RangeKind; start: number; end: number; }

export class Doc {
  text: string;
  ranges: Range[];
  /** Ids of the rules that changed the text, in order. */
  readonly applied: string[] = [];

  constructor(text: string, ranges: Range[] = []) {
    this.text = text;
    this.ranges = ranges.filter((r) => r.start >= 0 && r.end <= text.length && r.start <= r.end).map((r) => ({ ...r }));
  }

  static fromSpans(text: string, spans: Partial<Record<RangeKind, readonly Span[]>>): Doc {
    const ranges: Range[] = [];
    for (const [kind, list] of Object.entries(spans) as [RangeKind, readonly Span[]][]) {
      for (const s of list ?? []) if (text.slice(s.start, s.end) === s.text) ranges.push({ kind, start: s.start, end: s.end });
    }
    return new Doc(text, ranges);
  }

  of(kind: RangeKind): Range[] {
    return this.ranges.filter((r) => r.kind === kind).sort((a, b) => a.start - b.start);
  }

  slice(r: { start: number; end: number }): string {
    return this.text.slice(r.start, r.end);
  }

  /** Replaces [start, end) and moves every range: ranges after shift, ranges around stretch, ranges inside vanish. */
  replace(start: number, end: number, insert: string, rule?: string): void {
    if (start === end && insert === '') return;
    if (this.text.slice(start, end) === insert) return;
    const delta = insert.length - (end - start);
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    const kept: Range[] = [];
    for (const r of this.ranges) {
      if (r.end <= start) {
        kept.push(r);
      } else if (r.start >= end) {
        kept.push({ ...r, start: r.start + delta, end: r.end + delta });
      } else if (r.start <= start && r.end >= end) {
        kept.push({ ...r, end: r.end + delta });
      } else if (r.start >= start && r.end <= end) {
        // The range was replaced wholesale; it lives on as the new text when there is any.
        if (insert.length > 0) kept.push({ ...r, start, end: start + insert.length });
      } else if (r.start < start) {
        kept.push({ ...r, end: start + insert.length });
      } else {
        kept.push({ ...r, start, end: r.end + delta });
      }
    }
    this.ranges = kept;
    if (rule && !this.applied.includes(rule)) this.applied.push(rule);
  }

  insert(at: number, text: string, rule?: string): void {
    this.replace(at, at, text, rule);
  }

  clone(): Doc {
    const d = new Doc(this.text, this.ranges);
    d.applied.push(...this.applied);
    return d;
  }
}
