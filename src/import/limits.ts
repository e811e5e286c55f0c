// Size limits for uploads: a real resume is tens of kilobytes; these leave room for embedded photos and fonts.

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Sum of all inflated entries; a zip bomb declares or inflates far beyond this. */
export const MAX_UNCOMPRESSED_BYTES = 40 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2000;
/**
 * The Word document part itself: a long resume's document.xml is well under 1 MB. Reading one costs mammoth about
 * 30 times its size in memory, so these are checked before mammoth sees it.
 */
export const MAX_DOCUMENT_XML_BYTES = 4 * 1024 * 1024;
/** Paragraphs in the document part: a resume has a few hundred. */
export const MAX_PARAGRAPHS = 5000;
/** Characters of pasted text. */
export const MAX_TEXT_CHARS = 200_000;
