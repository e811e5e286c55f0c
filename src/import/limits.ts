// Size limits for uploads: a real resume is tens of kilobytes; these leave room for embedded photos and fonts.

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Sum of all inflated entries; a zip bomb declares or inflates far beyond this. */
export const MAX_UNCOMPRESSED_BYTES = 40 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2000;
/** Characters of pasted text. */
export const MAX_TEXT_CHARS = 200_000;
