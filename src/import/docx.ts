// A .docx resume -> lines: the package is checked first (zip-guard), then mammoth reads it, our own styles mapped
// back to what they mean so a resume exported here comes back exactly.
import mammoth from 'mammoth';
import { ImportError } from './errors.ts';
import { htmlToLines } from './html-lines.ts';
import type { Line } from './lines.ts';
import { checkDocxPackage } from './zip-guard.ts';

const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Contact'] => p.contact:fresh",
  "p[style-name='Organization'] => p.organization:fresh",
  "p[style-name='Entry Line'] => p:fresh",
  "p[style-name='List Bullet'] => ul > li:fresh",
];

export async function docxToLines(buffer: Buffer): Promise<Line[]> {
  await checkDocxPackage(buffer);
  let html: string;
  try {
    // Images are dropped: a resume photo is not imported, and it keeps the HTML small.
    const result = await mammoth.convertToHtml(
      { buffer },
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch {
    throw new ImportError('corrupt', 'This .docx could not be read: it may be damaged. Open it in Word, save it again, and upload the new copy.');
  }
  return htmlToLines(html);
}
