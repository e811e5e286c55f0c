// The download's file name comes from the person's name: "Dana-Whitfield-Resume.docx".

/** Letters and digits of any script kept, everything else folded to single hyphens. */
export function nameSlug(name: string | undefined): string {
  return (name ?? '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** "Dana-Whitfield-Resume.pdf"; "Resume.docx" when there is no name. */
export function exportFileName(name: string | undefined, what: string, extension: string): string {
  const slug = nameSlug(name);
  return slug ? `${slug}-${what}.${extension}` : `${what}.${extension}`;
}

export function docxFileName(name: string | undefined, what = 'Resume'): string {
  return exportFileName(name, what, 'docx');
}

/** ASCII fallback plus RFC 5987 filename* so browsers keep accented names. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_CONTENT_TYPE = 'application/pdf';
