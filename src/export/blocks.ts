// What a document says, in order, before it is Word: the model -> paragraph mapping that tests check.
// The resume and the interview prep sheet both become blocks; one renderer turns blocks into DOCX.

export type Block =
  | { kind: 'title'; text: string }
  /** The line under the name: the person's label, or the sheet's purpose. */
  | { kind: 'subtitle'; text: string }
  | { kind: 'contact'; text: string }
  /** A section (Experience, Education...): Word's Heading 1. */
  | { kind: 'section'; text: string; pageBreakBefore?: boolean }
  /** A role, degree or STAR part: Word's Heading 2, with dates aligned right on a tab stop. */
  | { kind: 'entry'; text: string; right?: string }
  /** The organization under a role, location aligned right. */
  | { kind: 'organization'; text: string; right?: string }
  /** A real Word list item (numbering.xml), never a typed bullet character. */
  | { kind: 'bullet'; text: string }
  /** Body text; a lead such as "Revenue cycle:" is set bold. */
  | { kind: 'paragraph'; text: string; lead?: string; italic?: boolean }
  /** One-line item with a date on the right: a certification. */
  | { kind: 'line'; text: string; right?: string };

export interface DocumentMeta {
  title: string;
  author: string;
  subject?: string;
  keywords?: string;
}

export interface BlockDocument {
  meta: DocumentMeta;
  blocks: Block[];
}
