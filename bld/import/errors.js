// src/import/errors.ts
var IMPORT_ERROR_STATUS = {
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
  no_content: 422
};
var ImportError = class extends Error {
  constructor(code, message, issues = []) {
    super(message);
    this.code = code;
    this.issues = issues;
    this.name = "ImportError";
    this.status = IMPORT_ERROR_STATUS[code];
  }
  code;
  issues;
  status;
};
var isImportError = (e) => e instanceof ImportError;
export {
  IMPORT_ERROR_STATUS,
  ImportError,
  isImportError
};
