// Page, font and paragraph styles as data. Arial 10.5 pt: a standard font every ATS and Word install reads, and
// metric-compatible with Liberation Sans, so the LibreOffice preview paginates like Word does.
import { AlignmentType, BorderStyle, type IStylesOptions } from 'docx';

export const FONT = 'Arial';
/** Half-points: 21 = 10.5 pt. */
export const BODY_SIZE = 21;
export const ACCENT = '1F3A5F';

/** US Letter; 0.7 in side margins, 0.6 in top and bottom (twips). */
export const PAGE = { width: 12240, height: 15840, margin: 1008, marginY: 864 } as const;
/** Right edge of the text column: where dates align. */
export const RIGHT_TAB = PAGE.width - 2 * PAGE.margin;

/** Size (half-points) and spacing (twips) of every paragraph kind: one table read by the Word styles below and by
 * the PDF writer, so the two downloads share their typography. */
export const TYPE = {
  title: { size: 40, after: 20 },
  subtitle: { size: 24, after: 20 },
  contact: { size: 20, after: 60 },
  heading1: { size: 23, before: 180, after: 60 },
  heading2: { size: BODY_SIZE + 1, before: 120, after: 0 },
  organization: { size: BODY_SIZE, after: 40 },
  entryLine: { size: BODY_SIZE, after: 30 },
  listParagraph: { size: BODY_SIZE, after: 20 },
  paragraph: { size: BODY_SIZE, after: 60 },
} as const;

/** Custom style ids; mammoth maps them back on import. */
export const STYLE = {
  organization: 'Organization',
  contact: 'Contact',
  entryLine: 'EntryLine',
} as const;

export const styles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: BODY_SIZE, color: '222222' },
      paragraph: { spacing: { after: 0, line: 240 } },
    },
    title: {
      run: { font: FONT, size: TYPE.title.size, bold: true, color: ACCENT },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: TYPE.title.after } },
    },
    heading1: {
      run: { font: FONT, size: TYPE.heading1.size, bold: true, allCaps: true, color: ACCENT },
      paragraph: {
        spacing: { before: TYPE.heading1.before, after: TYPE.heading1.after },
        keepNext: true,
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 1 } },
      },
    },
    heading2: {
      run: { font: FONT, size: TYPE.heading2.size, bold: true, color: '222222' },
      paragraph: { spacing: { before: TYPE.heading2.before, after: TYPE.heading2.after }, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { size: TYPE.subtitle.size, color: '444444' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: TYPE.subtitle.after } },
    },
    {
      id: STYLE.contact, name: 'Contact', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { size: TYPE.contact.size, color: '444444' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: TYPE.contact.after } },
    },
    {
      id: STYLE.organization, name: 'Organization', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { italics: true, color: '333333' },
      paragraph: { spacing: { after: TYPE.organization.after }, keepNext: true },
    },
    {
      id: STYLE.entryLine, name: 'Entry Line', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      paragraph: { spacing: { after: TYPE.entryLine.after } },
    },
    {
      id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal', quickFormat: true,
      paragraph: { spacing: { after: TYPE.listParagraph.after }, keepLines: true },
    },
  ],
};
