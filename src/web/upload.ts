// One file upload per form (a resume, a posting), read into memory with a size cap, then the CSRF
// check that multipart bodies postpone (csrf.ts lets the paths in MULTIPART_PATHS through until the body is parsed).
import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { MAX_UPLOAD_BYTES } from '../import/limits.ts';
import { csrfValid, MULTIPART_PATHS } from './csrf.ts';
import { HttpError } from './errors.ts';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } }).single('file');

export interface UploadProblem { status: number; message: string }

/**
 * multer, then the CSRF check, for the route at `path`. A file over the cap or a malformed upload is the person's
 * problem: onProblem shows their page again with the message.
 */
export function receiveFile(
  secret: string,
  path: RegExp,
  onProblem: (req: Request, res: Response, problem: UploadProblem) => Promise<void>,
  words: { tooBig: string; oneFile: string } = { tooBig: 'a resume is usually well under 1 MB', oneFile: 'Upload one file: a .docx, a resume.json or a .txt.' },
): RequestHandler {
  if (!MULTIPART_PATHS.some((p) => p.source === path.source)) MULTIPART_PATHS.push(path);
  return (req, res, next) => {
    upload(req, res, (err: unknown) => {
      if (err instanceof multer.MulterError) {
        req.body = {};
        const tooBig = err.code === 'LIMIT_FILE_SIZE';
        return onProblem(req, res, {
          status: tooBig ? 413 : 400,
          message: tooBig ? `The file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; ${words.tooBig}.` : words.oneFile,
        }).catch(next);
      }
      if (err) return next(err);
      if (!csrfValid(secret, req)) {
        return next(new HttpError(403, 'csrf_failed', 'This form has expired or came from another site. Go back, reload the page and try again; nothing was changed.'));
      }
      next();
    });
  };
}
