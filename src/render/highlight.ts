// Marks a bullet's parts in place. Spans may overlap (a result that contains its metric, a KPI inside an
// intervention); HTML needs proper nesting, so a span that crosses its parent's end is split at that end.
import { escapeHtml } from './escape.ts';
import { MARK_KINDS, type MarkKind } from './labels.ts';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Extra words for the tooltip, e.g. the KPI's name and family. */
  title?: string;
}

interface Piece extends Mark {
  /** The later part of a split span: its name is not announced a second time. */
  continued: boolean;
}

const rank = (k: MarkKind): number => MARK_KINDS.indexOf(k);
const byOpeningOrder = (a: Piece, b: Piece): number => a.start - b.start || b.end - a.end || rank(a.kind) - rank(b.kind);

export function highlight(text: string, marks: readonly Mark[]): string {
  const queue: Piece[] = marks
    .map((m) => ({ ...m, start: clamp(m.start, text.length), end: clamp(m.end, text.length), continued: false }))
    .filter((m) => m.end > m.start)
    .sort(byOpeningOrder);
  const stack: Piece[] = [];
  let out = '';
  let pos = 0;
  const emit = (to: number) => {
    if (to > pos) out += escapeHtml(text.slice(pos, to));
    pos = Math.max(pos, to);
  };
  for (;;) {
    const top = stack[stack.length - 1];
    const next = queue[0];
    if (top && (!next || top.end <= next.start)) {
      emit(top.end);
      out += '</mark>';
      stack.pop();
      continue;
    }
    if (!next) break;
    queue.shift();
    emit(next.start);
    if (top && next.end > top.end) {
      insertSorted(queue, { ...next, start: top.end, continued: true });
      next.end = top.end;
    }
    out += open(next);
    stack.push(next);
  }
  emit(text.length);
  return out;
}

// Screen readers get the part's name from CSS generated content (app.css, mark.hl::before), which a reader
// hears but a user copying the bullet does not pick up.
function open(m: Piece): string {
  const title = m.title ? ` title="${escapeHtml(m.title)}"` : '';
  return `<mark class="hl hl-${m.kind}${m.continued ? ' hl-cont' : ''}"${title}>`;
}

function insertSorted(queue: Piece[], p: Piece): void {
  const i = queue.findIndex((q) => byOpeningOrder(p, q) < 0);
  if (i < 0) queue.push(p);
  else queue.splice(i, 0, p);
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(0, Math.trunc(n)), max) : 0;
}

/** Placeholders the rewrite left for the user, e.g. `[baseline]`, set apart so they are seen and filled in. */
export function highlightPlaceholders(text: string): string {
  let out = '';
  let pos = 0;
  for (const m of text.matchAll(/\[[^\][]{1,60}\]/g)) {
    out += escapeHtml(text.slice(pos, m.index)) + `<mark class="placeholder">${escapeHtml(m[0])}</mark>`;
    pos = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(pos));
}

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\[[^\][]{1,60}\]/g)].map((m) => m[0]);
}
