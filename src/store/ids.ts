import { randomBytes } from 'node:crypto';

/** 128 random bits as 32 lowercase hex characters: the workspace's only key, so it must be unguessable. */
export function newWorkspaceId(): string {
  return randomBytes(16).toString('hex');
}

export function isWorkspaceId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
}
