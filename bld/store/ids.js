// src/store/ids.ts
import { randomBytes } from "node:crypto";
function newWorkspaceId() {
  return randomBytes(16).toString("hex");
}
function isWorkspaceId(value) {
  return typeof value === "string" && /^[0-9a-f]{32}$/.test(value);
}
export {
  isWorkspaceId,
  newWorkspaceId
};
