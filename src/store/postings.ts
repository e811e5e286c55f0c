// Job postings kept in a workspace, and the tailored resumes made for each: a tailored version is the resume as
// exported for that posting (bullets reordered, some left out), kept as its own JSON Resume so it can be downloaded
// again. Async like the rest of the store; SQLite and PostgreSQL implement it alike.
import type { Resume } from '../resume/schema.ts';

export const POSTING_SOURCES = ['paste', 'txt', 'docx'] as const;
export type PostingSource = (typeof POSTING_SOURCES)[number];

export interface PostingFields {
  title: string;
  text: string;
  source: PostingSource;
}

export interface Posting extends PostingFields {
  id: number;
  createdAt: string;
}

export interface TailoredFields {
  resume: Resume;
  /** Bullets in the tailored resume, and bullets the user left out. */
  bullets: number;
  leftOut: number;
}

export interface TailoredVersion extends TailoredFields {
  id: number;
  postingId: number;
  createdAt: string;
}

export interface PostingRepo {
  /** Newest first. */
  list(workspaceId: string): Promise<Posting[]>;
  get(workspaceId: string, postingId: number): Promise<Posting | null>;
  add(workspaceId: string, fields: PostingFields): Promise<Posting>;
  /** Removes the posting and its tailored versions. */
  remove(workspaceId: string, postingId: number): Promise<boolean>;
  /** null when the posting is not in this workspace. */
  saveVersion(workspaceId: string, postingId: number, fields: TailoredFields): Promise<TailoredVersion | null>;
  /** Newest first. */
  versions(workspaceId: string, postingId: number): Promise<TailoredVersion[]>;
  version(workspaceId: string, postingId: number, versionId: number): Promise<TailoredVersion | null>;
}

export const POSTING_LIMITS = {
  postingsPerWorkspace: 50,
  /** A long posting is about 13,000 characters; this is four times that. */
  postingChars: 50_000,
  titleChars: 120,
  versionsPerPosting: 50,
} as const;
