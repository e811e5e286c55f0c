// src/export/styles.ts
import { AlignmentType, BorderStyle } from "docx";
var FONT = "Arial";
var BODY_SIZE = 21;
var ACCENT = "1F3A5F";
var PAGE = { width: 12240, height: 15840, margin: 1008, marginY: 864 };
var RIGHT_TAB = PAGE.width - 2 * PAGE.margin;
var STYLE = {
  organization: "Organization",
  contact: "Contact",
  entryLine: "EntryLine"
};
var styles = {
  default: {
    document: {
      run: { font: FONT, size: BODY_SIZE, color: "222222" },
      paragraph: { spacing: { after: 0, line: 240 } }
    },
    title: {
      run: { font: FONT, size: 40, bold: true, color: ACCENT },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 20 } }
    },
    heading1: {
      run: { font: FONT, size: 23, bold: true, allCaps: true, color: ACCENT },
      paragraph: {
        spacing: { before: 180, after: 60 },
        keepNext: true,
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 1 } }
      }
    },
    heading2: {
      run: { font: FONT, size: BODY_SIZE + 1, bold: true, color: "222222" },
      paragraph: { spacing: { before: 120, after: 0 }, keepNext: true }
    }
  },
  paragraphStyles: [
    {
      id: "Subtitle",
      name: "Subtitle",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { size: 24, color: "444444" },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 20 } }
    },
    {
      id: STYLE.contact,
      name: "Contact",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { size: 20, color: "444444" },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 } }
    },
    {
      id: STYLE.organization,
      name: "Organization",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { italics: true, color: "333333" },
      paragraph: { spacing: { after: 40 }, keepNext: true }
    },
    {
      id: STYLE.entryLine,
      name: "Entry Line",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      paragraph: { spacing: { after: 30 } }
    },
    {
      id: "ListParagraph",
      name: "List Paragraph",
      basedOn: "Normal",
      quickFormat: true,
      paragraph: { spacing: { after: 20 }, keepLines: true }
    }
  ]
};
export {
  ACCENT,
  BODY_SIZE,
  FONT,
  PAGE,
  RIGHT_TAB,
  STYLE,
  styles
};
