// Saved analyses, so a page re-analyses a bullet or story only when its text or the rules changed. Keyed by the
// workspace, the kind, the SHA-256 of the text and the rules' version; the result is kept as the JSON the analyzer
// returned. Deleting the workspace deletes them; `prune` drops those of texts the workspace no longer holds.

export type AnalysisKind = 'bullet' | 'story';

export interface AnalysisRepo {
  /** The saved results (JSON) for those hashes that were analysed under this rules version. */
  get(workspaceId: string, kind: AnalysisKind, rulesVersion: string, hashes: string[]): Promise<Map<string, string>>;
  put(workspaceId: string, kind: AnalysisKind, rulesVersion: string, entries: { hash: string; json: string }[]): Promise<void>;
  /** Removes every saved analysis of this kind whose hash is not in `keep` (or whose rules version is older). */
  prune(workspaceId: string, kind: AnalysisKind, rulesVersion: string, keep: string[]): Promise<void>;
}
