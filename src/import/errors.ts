// Import failures as values with a code, an HTTP status and one clear sentence for the person who uploaded the file.

export const IMPORT_ERROR_STATUS = {
  empty: 400,
  too_large: 413,
  not_zip: 415,
  not_docx: 415,
  encrypted: 422,
  legacy_doc: 415,
  corrupt: 422,
  zip_bomb: 413,
  binary: 415,
  not_json: 400,
  not_json_resume: 422,
  no_content: 422,
} as const;

export type ImportErrorCode = keyof typeof IMPORT_ERROR_STATUS;

export class ImportError extends Error {
  readonly status: number;
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ImportError';
    this.status = IMPORT_ERROR_STATUS[code];
  }
}

export const isImportError = (e: unknown): e is ImportError => e instanceof ImportError;
