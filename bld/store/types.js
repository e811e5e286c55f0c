// src/store/types.ts
var VERSION_REASONS = ["created", "edited", "rewrite", "restored"];
var LIMITS = {
  /** Bullets one request may add. */
  bulletsPerRequest: 200,
  /** Bullets one workspace may hold. */
  bulletsPerWorkspace: 500,
  rolesPerWorkspace: 50,
  bulletChars: 1e3,
  roleFieldChars: 120
};
var StoreError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "StoreError";
  }
  code;
};
export {
  LIMITS,
  StoreError,
  VERSION_REASONS
};
