// src/import/zip-guard.ts
import JSZip from "jszip";
import { ImportError } from "./errors.js";
import { MAX_UNCOMPRESSED_BYTES, MAX_UPLOAD_BYTES, MAX_ZIP_ENTRIES } from "./limits.js";
var ZIP_MAGIC = [80, 75, 3, 4];
var OLE_MAGIC = [208, 207, 17, 224, 161, 177, 26, 225];
var startsWith = (buf, magic) => magic.every((b, i) => buf[i] === b);
function looksLikeZip(buf) {
  return startsWith(buf, ZIP_MAGIC);
}
function looksLikeOle(buf) {
  return startsWith(buf, OLE_MAGIC);
}
function declaredSize(file) {
  const data = file._data;
  return typeof data?.uncompressedSize === "number" ? data.uncompressedSize : 0;
}
function inflateCounted(file, budget) {
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream("nodebuffer");
    stream.on("data", (chunk) => {
      budget.left -= chunk.length;
      if (budget.left < 0) {
        stream.pause();
        stream.destroy?.();
        reject(new ImportError("zip_bomb", "This file expands to more than 40 MB when unpacked, which no resume does; it was not opened."));
      }
    });
    stream.on("error", (err) => reject(err));
    stream.on("end", () => resolve());
  });
}
async function checkDocxPackage(buffer) {
  if (buffer.length === 0) throw new ImportError("empty", "The file is empty.");
  if (buffer.length > MAX_UPLOAD_BYTES) throw new ImportError("too_large", "The file is over 5 MB; a resume is usually well under 1 MB. Save it without embedded images and try again.");
  if (looksLikeOle(buffer)) {
    throw new ImportError("encrypted", "This file is password-protected or an old Word 97-2003 .doc. Remove the password (or use Save As .docx) and upload it again.");
  }
  if (!looksLikeZip(buffer)) throw new ImportError("not_zip", "This is not a Word .docx file (a .docx is a zip package, and this file is not one).");
  let zip;
  try {
    zip = await JSZip.loadAsync(buffer, { checkCRC32: false });
  } catch {
    throw new ImportError("corrupt", "This .docx is damaged and cannot be opened. Open it in Word, save it again, and upload the new copy.");
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > MAX_ZIP_ENTRIES) throw new ImportError("zip_bomb", `This file holds ${files.length} parts, far more than any resume; it was not opened.`);
  const declared = files.reduce((sum, f) => sum + declaredSize(f), 0);
  if (declared > MAX_UNCOMPRESSED_BYTES) {
    throw new ImportError("zip_bomb", "This file expands to more than 40 MB when unpacked, which no resume does; it was not opened.");
  }
  if (!zip.file("word/document.xml") || !zip.file("[Content_Types].xml")) {
    const hint = zip.file("xl/workbook.xml") ? " It looks like an Excel workbook." : zip.file("ppt/presentation.xml") ? " It looks like a PowerPoint file." : "";
    throw new ImportError("not_docx", `This zip file is not a Word document (it has no word/document.xml).${hint}`);
  }
  const budget = { left: MAX_UNCOMPRESSED_BYTES };
  try {
    for (const f of files) await inflateCounted(f, budget);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError("corrupt", "This .docx is damaged and cannot be read. Open it in Word, save it again, and upload the new copy.");
  }
}
export {
  checkDocxPackage,
  looksLikeOle,
  looksLikeZip
};
