import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlight, highlightPlaceholders, type Mark } from '../../src/render/highlight.ts';
import { MARK_KINDS } from '../../src/render/labels.ts';

/** The text a reader sees: tags removed, entities decoded. */
function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&#96;/g, '`').replace(/&#61;/g, '=').replace(/&amp;/g, '&');
}

describe('highlight', () => {
  it('marks each part in place, nested where one contains another', () => {
    const html = highlight('Cut overtime 22% by float pools', [
      { start: 0, end: 16, kind: 'result' },
      { start: 13, end: 16, kind: 'metric' },
      { start: 17, end: 31, kind: 'intervention' },
    ]);
    expect(html).toBe(
      '<mark class="hl hl-result">Cut overtime <mark class="hl hl-metric">22%</mark></mark> '
      + '<mark class="hl hl-intervention">by float pools</mark>');
  });

  it('splits a span that crosses its parent’s end, labelling it once', () => {
    const html = highlight('abcdefgh', [{ start: 0, end: 4, kind: 'result' }, { start: 2, end: 6, kind: 'intervention' }]);
    expect(html).toBe('<mark class="hl hl-result">ab<mark class="hl hl-intervention">cd</mark></mark>'
      + '<mark class="hl hl-intervention hl-cont">ef</mark>gh');
  });

  it('escapes the user’s text, including inside marks and titles', () => {
    const text = '<script>alert(1)</script> "><img src=x onerror=alert(1)>';
    const html = highlight(text, [{ start: 0, end: 8, kind: 'metric', title: '"><b>' }]);
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(visible(html)).toBe(text);
  });

  it('ignores spans outside the text or empty, instead of failing', () => {
    expect(highlight('abc', [{ start: 2, end: 99, kind: 'metric' }, { start: 5, end: 3, kind: 'result' }, { start: NaN, end: 1, kind: 'kpi' }]))
      .toBe('<mark class="hl hl-kpi">a</mark>b<mark class="hl hl-metric">c</mark>');
  });

  it('for any text and any spans: well nested, escaped, and the text unchanged', () => {
    const kind = fc.constantFrom(...MARK_KINDS);
    fc.assert(fc.property(
      fc.string({ maxLength: 60, unit: 'grapheme' }),
      fc.array(fc.record({ start: fc.integer({ min: -5, max: 70 }), end: fc.integer({ min: -5, max: 70 }), kind }), { maxLength: 8 }),
      (text, marks: Mark[]) => {
        const html = highlight(text, marks);
        expect(visible(html)).toBe(text);
        const depth = html.match(/<mark[ >]/g)?.length ?? 0;
        expect(html.match(/<\/mark>/g)?.length ?? 0).toBe(depth);
        // No raw angle bracket from the user survives outside our own tags.
        expect(html.replace(/<\/?mark[^>]*>/g, '')).not.toMatch(/[<>]/);
        let open = 0;
        for (const t of html.matchAll(/<(\/?)mark/g)) {
          open += t[1] ? -1 : 1;
          expect(open).toBeGreaterThanOrEqual(0);
        }
      }), { numRuns: 400 });
  });

  it('sets placeholders apart and escapes the rest', () => {
    expect(highlightPlaceholders('Cut <b> from [baseline] to 11%'))
      .toBe('Cut &lt;b&gt; from <mark class="placeholder">[baseline]</mark> to 11%');
  });
});
