// Blocks -> a Word document: one column, no tables or text boxes, real styles and real list numbering.
import { Document, HeadingLevel, Packer, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { Block, BlockDocument } from './blocks.ts';
import { BULLET_LIST, numbering } from './numbering.ts';
import { PAGE, RIGHT_TAB, STYLE, styles, TYPE } from './styles.ts';
import { clean } from './text.ts';

const rightTab = [{ type: TabStopType.RIGHT, position: RIGHT_TAB }];

/** Left text, then a tab and the right text when there is one (a role's dates, a role's location). */
function leftRight(text: string, right: string | undefined): TextRun[] {
  const r = clean(right);
  const left = new TextRun(clean(text));
  return r ? [left, new TextRun({ children: [new Tab(), r] })] : [left];
}

export function blockToParagraph(block: Block): Paragraph {
  switch (block.kind) {
    case 'title':
      return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(clean(block.text))] });
    case 'subtitle':
      return new Paragraph({ style: 'Subtitle', children: [new TextRun(clean(block.text))] });
    case 'contact':
      return new Paragraph({ style: STYLE.contact, children: [new TextRun(clean(block.text))] });
    case 'section':
      return new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: block.pageBreakBefore ?? false,
        children: [new TextRun(clean(block.text))],
      });
    case 'entry':
      return new Paragraph({ heading: HeadingLevel.HEADING_2, tabStops: rightTab, children: leftRight(block.text, block.right) });
    case 'organization':
      return new Paragraph({ style: STYLE.organization, tabStops: rightTab, children: leftRight(block.text, block.right) });
    case 'line':
      return new Paragraph({ style: STYLE.entryLine, tabStops: rightTab, children: leftRight(block.text, block.right) });
    case 'bullet':
      return new Paragraph({
        style: 'ListParagraph',
        numbering: { reference: BULLET_LIST, level: 0 },
        children: [new TextRun(clean(block.text))],
      });
    case 'paragraph': {
      const lead = clean(block.lead);
      const children = lead ? [new TextRun({ text: `${lead} `, bold: true })] : [];
      children.push(new TextRun(block.italic ? { text: clean(block.text), italics: true } : clean(block.text)));
      return new Paragraph({ spacing: { after: TYPE.paragraph.after }, children });
    }
  }
}

export function renderDocument(doc: BlockDocument): Document {
  return new Document({
    title: clean(doc.meta.title),
    creator: clean(doc.meta.author),
    lastModifiedBy: clean(doc.meta.author),
    subject: clean(doc.meta.subject),
    keywords: clean(doc.meta.keywords),
    description: 'Created with resume-vitals',
    styles,
    numbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.marginY, bottom: PAGE.marginY, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children: doc.blocks.map(blockToParagraph),
      },
    ],
  });
}

export function renderDocx(doc: BlockDocument): Promise<Buffer> {
  return Packer.toBuffer(renderDocument(doc));
}
