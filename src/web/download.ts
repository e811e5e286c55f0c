// A generated file as a download: its type, a file name browsers keep (accents included), never sniffed.
import type { Response } from 'express';
import type { ExportedFile } from '../export/formats.ts';
import { contentDisposition } from '../export/file-name.ts';

export function sendFile(res: Response, file: ExportedFile): void {
  res.set({
    'Content-Type': file.contentType,
    'Content-Disposition': contentDisposition(file.fileName),
    'Content-Length': String(file.buffer.length),
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(file.buffer);
}
