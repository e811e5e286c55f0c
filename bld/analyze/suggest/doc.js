// src/analyze/suggest/doc.ts
var Doc = class _Doc {
  text;
  ranges;
  /** Ids of the rules that changed the text, in order. */
  applied = [];
  constructor(text, ranges = []) {
    this.text = text;
    this.ranges = ranges.filter((r) => r.start >= 0 && r.end <= text.length && r.start <= r.end).map((r) => ({ ...r }));
  }
  static fromSpans(text, spans) {
    const ranges = [];
    for (const [kind, list] of Object.entries(spans)) {
      for (const s of list ?? []) if (text.slice(s.start, s.end) === s.text) ranges.push({ kind, start: s.start, end: s.end });
    }
    return new _Doc(text, ranges);
  }
  of(kind) {
    return this.ranges.filter((r) => r.kind === kind).sort((a, b) => a.start - b.start);
  }
  slice(r) {
    return this.text.slice(r.start, r.end);
  }
  /** Replaces [start, end) and moves every range: ranges after shift, ranges around stretch, ranges inside vanish. */
  replace(start, end, insert, rule) {
    if (start === end && insert === "") return;
    if (this.text.slice(start, end) === insert) return;
    const delta = insert.length - (end - start);
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    const kept = [];
    for (const r of this.ranges) {
      if (r.end <= start) {
        kept.push(r);
      } else if (r.start >= end) {
        kept.push({ ...r, start: r.start + delta, end: r.end + delta });
      } else if (r.start <= start && r.end >= end) {
        kept.push({ ...r, end: r.end + delta });
      } else if (r.start >= start && r.end <= end) {
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
  insert(at, text, rule) {
    this.replace(at, at, text, rule);
  }
  clone() {
    const d = new _Doc(this.text, this.ranges);
    d.applied.push(...this.applied);
    return d;
  }
};
export {
  Doc
};
