// Blocks -> a PDF drawn with pdfkit: the same block model, page, type sizes and spacing as the Word writer
// (render.ts + styles.ts), so the two downloads cannot drift. Real text in an embedded Liberation Sans (metric-
// compatible with Arial, the DOCX font), tagged structure in reading order, links for email and web addresses.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import type { Block, BlockDocument } from './blocks.ts';
import { ACCENT, PAGE, TYPE } from './styles.ts';
import { clean } from './text.ts';

const FONT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'fonts');
const FACES = { regular: 'Regular', bold: 'Bold', italic: 'Italic', boldItalic: 'BoldItalic' } as const;
type Face = keyof typeof FACES;

type Font = ReturnType<typeof fontkit.create>;
/** The TrueType files, read and parsed once per process; pdfkit subsets and embeds them in every document. */
let parsed: Record<Face, Font> | undefined;
function fonts(): Record<Face, Font> {
  parsed ??= Object.fromEntries(
    (Object.keys(FACES) as Face[]).map((face) => [face, fontkit.create(readFileSync(join(FONT_DIR, `LiberationSans-${FACES[face]}.ttf`)))]),
  ) as Record<Face, Font>;
  return parsed;
}

/** Shaping a word with fontkit is most of a document's cost, and a resume repeats its words across downloads, so
 * the per-document word cache pdfkit keeps on each embedded font is shared per face across documents. Safe because
 * a cached run holds glyph ids of the one parsed font; which glyphs go into each document's subset is decided when
 * the text is encoded. Bounded: cleared when it passes LAYOUT_CACHE_WORDS words. */
const LAYOUT_CACHE_WORDS = 50_000;
const layouts = new Map<Face, Record<string, unknown>>();
function shareLayouts(doc: Doc, face: Face): void {
  const font = (doc as unknown as { _font?: { layoutCache?: Record<string, unknown> } })._font;
  if (!font?.layoutCache) return;
  let cache = layouts.get(face);
  if (!cache || Object.keys(cache).length > LAYOUT_CACHE_WORDS) layouts.set(face, (cache = Object.create(null) as Record<string, unknown>));
  font.layoutCache = cache;
}

/** Word units to PDF points: twips / 20, half-points / 2. */
const pt = (twips: number) => twips / 20;
const PAGE_PT = { width: pt(PAGE.width), height: pt(PAGE.height), margin: pt(PAGE.margin), marginY: pt(PAGE.marginY) };
const COLUMN = PAGE_PT.width - 2 * PAGE_PT.margin;
/** Bullet indent and hanging indent of the Word list (numbering.ts: left 300, hanging 220 twips). */
const LIST = { text: pt(300), mark: pt(300 - 220) };
/** Room kept between a left text and the right-aligned date on the same line. */
const RIGHT_GAP = 12;

interface Look {
  face: Face;
  size: number;
  color: string;
  align: 'left' | 'center';
  before: number;
  after: number;
  /** Word's "keep with next": never the last thing on a page. */
  keepNext: boolean;
  upper?: boolean;
}

/** Each block's typography, from the same table as the Word styles (styles.ts TYPE). */
function look(block: Block): Look {
  const size = (t: { size: number }) => t.size / 2;
  const before = (t: { before?: number }) => pt(t.before ?? 0);
  const after = (t: { after: number }) => pt(t.after);
  const base = { align: 'left' as const, before: 0, keepNext: false, color: '222222', face: 'regular' as Face };
  switch (block.kind) {
    case 'title':
      return { ...base, face: 'bold', size: size(TYPE.title), color: ACCENT, align: 'center', after: after(TYPE.title), keepNext: true };
    case 'subtitle':
      return { ...base, size: size(TYPE.subtitle), color: '444444', align: 'center', after: after(TYPE.subtitle), keepNext: true };
    case 'contact':
      return { ...base, size: size(TYPE.contact), color: '444444', align: 'center', after: after(TYPE.contact) };
    case 'section':
      return { ...base, face: 'bold', size: size(TYPE.heading1), color: ACCENT, before: before(TYPE.heading1), after: after(TYPE.heading1), keepNext: true, upper: true };
    case 'entry':
      return { ...base, face: 'bold', size: size(TYPE.heading2), before: before(TYPE.heading2), after: after(TYPE.heading2), keepNext: true };
    case 'organization':
      return { ...base, face: 'italic', size: size(TYPE.organization), color: '333333', after: after(TYPE.organization), keepNext: true };
    case 'line':
      return { ...base, size: size(TYPE.entryLine), after: after(TYPE.entryLine) };
    case 'bullet':
      return { ...base, size: size(TYPE.listParagraph), after: after(TYPE.listParagraph) };
    case 'paragraph':
      return { ...base, face: block.italic ? 'italic' : 'regular', size: size(TYPE.paragraph), after: after(TYPE.paragraph) };
  }
}

/** The H1 rule under a section heading: 0.75 pt, 1 pt below the text (Word: size 6 eighths, space 1). */
const RULE = { width: 0.75, gap: 1 };

type Doc = PDFKit.PDFDocument;

function text(block: Block): string {
  const t = clean(block.text);
  return block.kind === 'section' ? t.toLocaleUpperCase('en-US') : t;
}

function right(block: Block): string {
  return 'right' in block ? clean(block.right) : '';
}

/** Width the left text may use: the column, less the indent of a list item, less a right-aligned date. */
function leftWidth(doc: Doc, block: Block, l: Look): number {
  const indent = block.kind === 'bullet' ? LIST.text : 0;
  const r = right(block);
  if (!r) return COLUMN - indent;
  doc.font(l.face).fontSize(l.size);
  return Math.max(COLUMN / 3, COLUMN - indent - doc.widthOfString(r) - RIGHT_GAP);
}

function leadText(block: Block): string {
  return block.kind === 'paragraph' ? clean(block.lead) : '';
}

/** Height of the block's text, without its spacing. */
function textHeight(doc: Doc, block: Block, l: Look): number {
  if (block.kind === 'contact') return contactLines(doc, block.text, l).length * lineHeight(doc, l);
  doc.font(l.face).fontSize(l.size);
  const lead = leadText(block);
  const body = lead ? `${lead} ${text(block)}` : text(block);
  const h = doc.heightOfString(body || ' ', { width: leftWidth(doc, block, l), lineGap: 0 });
  return block.kind === 'section' ? h + RULE.gap + RULE.width : h;
}

function lineHeight(doc: Doc, l: Look): number {
  doc.font(l.face).fontSize(l.size);
  return doc.currentLineHeight(true);
}

/** The contact line's parts ("City | phone | email | url"), folded into centred lines that fit the column. */
function contactLines(doc: Doc, value: string, l: Look): string[][] {
  doc.font(l.face).fontSize(l.size);
  const parts = clean(value).split(' | ').filter(Boolean);
  const lines: string[][] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last && doc.widthOfString([...last, part].join(' | ')) <= COLUMN) last.push(part);
    else lines.push([part]);
  }
  return lines;
}

const EMAIL = /^[^\s@|]+@[^\s@|]+\.[^\s@|]+$/;
const WEB = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i;

/** A contact part as a link target: mailto for an email, https for a bare web address; none for a phone or place. */
export function linkFor(part: string): string | undefined {
  if (EMAIL.test(part)) return `mailto:${part}`;
  if (/^\+?[\d\s().-]+$/.test(part)) return undefined;
  if (WEB.test(part)) return /^https?:\/\//i.test(part) ? part : `https://${part}`;
  return undefined;
}

class Writer {
  private y = PAGE_PT.marginY;
  private readonly top = PAGE_PT.marginY;
  private readonly bottom = PAGE_PT.height - PAGE_PT.marginY;
  private readonly root: PDFKit.PDFStructureElement;
  private list: PDFKit.PDFStructureElement | undefined;

  constructor(private readonly doc: Doc) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  write(blocks: Block[]): void {
    blocks.forEach((block, i) => {
      if (block.kind !== 'bullet') this.endList();
      this.place(blocks, i);
      this.draw(block);
    });
    this.endList();
    this.root.end();
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** Page breaks as Word makes them: a forced break, whole items (keep lines), headings kept with what follows. */
  private place(blocks: Block[], i: number): void {
    const block = blocks[i]!;
    const atTop = this.y <= this.top + 0.01;
    if (block.kind === 'section' && block.pageBreakBefore && !atTop) return this.newPage();
    let need = this.height(block);
    // A heading chain (section, role, organization) plus the first two lines of what it introduces.
    for (let j = i; blocks[j] && look(blocks[j]!).keepNext && blocks[j + 1]; j++) {
      const next = blocks[j + 1]!;
      if (next.kind === 'section' && next.pageBreakBefore) break;
      const l = look(next);
      need += l.keepNext ? this.height(next) : Math.min(this.height(next), l.before + 2 * lineHeight(this.doc, l));
      if (!l.keepNext) break;
    }
    const room = this.bottom - this.y;
    if (need > room && !atTop && need <= this.bottom - this.top) this.newPage();
    else if (need > room && !atTop && this.height(block) > room) this.newPage();
  }

  /** A block's text height depends on the block alone; measured once, used for placing and drawing. */
  private readonly measured = new Map<Block, number>();
  private textHeight(block: Block, l: Look): number {
    let h = this.measured.get(block);
    if (h === undefined) this.measured.set(block, (h = textHeight(this.doc, block, l)));
    return h;
  }

  private height(block: Block): number {
    const l = look(block);
    const atTop = this.y <= this.top + 0.01;
    return (atTop ? 0 : l.before) + this.textHeight(block, l) + l.after;
  }

  private endList(): void {
    this.list?.end();
    this.list = undefined;
  }

  private draw(block: Block): void {
    const { doc } = this;
    const l = look(block);
    if (this.y > this.top + 0.01) this.y += l.before;
    const x = PAGE_PT.margin;
    const h = this.textHeight(block, l);
    switch (block.kind) {
      case 'title':
        this.root.add(doc.struct('H1', {}, () => this.centred(text(block), l)));
        break;
      case 'subtitle':
        this.root.add(doc.struct('P', {}, () => this.centred(text(block), l)));
        break;
      case 'contact':
        this.root.add(doc.struct('P', {}, () => this.contact(block.text, l)));
        break;
      case 'section':
        this.root.add(doc.struct('H2', { actual: clean(block.text) }, () => this.leftRight(block, l, x)));
        this.rule(this.y + h - RULE.width / 2);
        break;
      case 'entry':
        this.root.add(doc.struct('H3', {}, () => this.leftRight(block, l, x)));
        break;
      case 'organization':
      case 'line':
        this.root.add(doc.struct('P', {}, () => this.leftRight(block, l, x)));
        break;
      case 'paragraph':
        this.root.add(doc.struct('P', {}, () => this.paragraph(block, l, x)));
        break;
      case 'bullet': {
        if (!this.list) {
          this.list = doc.struct('L');
          this.root.add(this.list);
        }
        const item = doc.struct('LI');
        this.list.add(item);
        const y = this.y;
        item.add(doc.struct('Lbl', {}, () => {
          this.face(l);
          doc.text('\u2022', x + LIST.mark, y, { lineBreak: false });
        }));
        item.add(doc.struct('LBody', {}, () => {
          this.face(l);
          doc.text(text(block), x + LIST.text, y, { width: COLUMN - LIST.text, lineGap: 0 });
        }));
        item.end();
        break;
      }
    }
    // pdfkit may have added a page for a block taller than a page; continue below wherever its text ended.
    this.y = Math.max(doc.y, this.y + h) + l.after;
    if (doc.y < this.y - h - l.after) this.y = doc.y + l.after;
  }

  private face(l: Look): void {
    this.doc.font(l.face).fontSize(l.size).fillColor(`#${l.color}`);
  }

  private centred(value: string, l: Look): void {
    this.face(l);
    this.doc.text(value, PAGE_PT.margin, this.y, { width: COLUMN, align: 'center', lineGap: 0 });
  }

  /** Left text wrapping in its column; the right text (dates, location) aligned to the margin on the first line. */
  private leftRight(block: Block, l: Look, x: number): void {
    const { doc } = this;
    const r = right(block);
    const y = this.y;
    this.face(l);
    if (r) doc.text(r, x, y, { width: COLUMN, align: 'right', lineBreak: false });
    doc.text(text(block), x, y, { width: leftWidth(doc, block, l), lineGap: 0 });
  }

  private paragraph(block: Extract<Block, { kind: 'paragraph' }>, l: Look, x: number): void {
    const { doc } = this;
    const lead = clean(block.lead);
    const width = COLUMN;
    if (lead) {
      doc.font('bold').fontSize(l.size).fillColor(`#${l.color}`);
      doc.text(`${lead} `, x, this.y, { width, lineGap: 0, continued: true });
      doc.font(l.face).text(text(block), { width, lineGap: 0 });
    } else {
      this.face(l);
      doc.text(text(block), x, this.y, { width, lineGap: 0 });
    }
  }

  /** Each contact part drawn in place so an email or web address can carry its own link. */
  private contact(value: string, l: Look): void {
    const { doc } = this;
    const sep = ' | ';
    let y = this.y;
    const lh = lineHeight(doc, l);
    for (const parts of contactLines(doc, value, l)) {
      this.face(l);
      let x = PAGE_PT.margin + (COLUMN - Math.min(COLUMN, doc.widthOfString(parts.join(sep)))) / 2;
      parts.forEach((part, i) => {
        if (i > 0) {
          doc.text(sep, x, y, { lineBreak: false });
          x += doc.widthOfString(sep);
        }
        const link = linkFor(part);
        const w = Math.min(doc.widthOfString(part), COLUMN);
        doc.text(part, x, y, { lineBreak: false, width: w, ...(link ? { link, underline: false } : {}) });
        x += w;
      });
      y += lh;
    }
    doc.y = y;
  }

  private rule(y: number): void {
    const { doc } = this;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.save().lineWidth(RULE.width).strokeColor(`#${ACCENT}`)
      .moveTo(PAGE_PT.margin, y).lineTo(PAGE_PT.margin + COLUMN, y).stroke().restore();
    doc.endMarkedContent();
  }
}

export function renderPdf(source: BlockDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [PAGE_PT.width, PAGE_PT.height],
    margins: { top: PAGE_PT.marginY, bottom: PAGE_PT.marginY, left: PAGE_PT.margin, right: PAGE_PT.margin },
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: 'en-US',
    autoFirstPage: true,
    bufferPages: false,
    info: {
      Title: clean(source.meta.title),
      Author: clean(source.meta.author),
      Subject: clean(source.meta.subject),
      Keywords: clean(source.meta.keywords),
      Creator: 'resume-vitals',
      Producer: 'resume-vitals',
    },
  });
  const files = fonts();
  for (const face of Object.keys(FACES) as Face[]) {
    doc.registerFont(face, files[face] as unknown as Buffer);
    shareLayouts(doc.font(face), face);
  }
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  new Writer(doc).write(source.blocks);
  doc.end();
  return done;
}
