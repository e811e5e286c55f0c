// src/import/docx.ts
import mammoth from "mammoth";
import { ImportError } from "./errors.js";
import { htmlToLines } from "./html-lines.js";
import { checkDocxPackage } from "./zip-guard.js";
var STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Contact'] => p.contact:fresh",
  "p[style-name='Organization'] => p.organization:fresh",
  "p[style-name='Entry Line'] => p:fresh",
  "p[style-name='List Bullet'] => ul > li:fresh"
];
async function docxToLines(buffer) {
  await checkDocxPackage(buffer);
  let html;
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: "" })) }
    );
    html = result.value;
  } catch {
    throw new ImportError("corrupt", "This .docx could not be read: it may be damaged. Open it in Word, save it again, and upload the new copy.");
  }
  return htmlToLines(html);
}
export {
  docxToLines
};
