import type Database from 'better-sqlite3';
import type { AnalysisKind, AnalysisRepo } from '../analyses.ts';

export class SqliteAnalyses implements AnalysisRepo {
  constructor(private readonly db: Database.Database) {}

  async get(workspaceId: string, kind: AnalysisKind, rulesVersion: string, hashes: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const one = this.db.prepare('SELECT result FROM analyses WHERE workspace_id = ? AND kind = ? AND text_hash = ? AND rules_version = ?').pluck();
    for (const h of new Set(hashes)) {
      const json = one.get(workspaceId, kind, h, rulesVersion) as string | undefined;
      if (json !== undefined) out.set(h, json);
    }
    return out;
  }

  async put(workspaceId: string, kind: AnalysisKind, rulesVersion: string, entries: { hash: string; json: string }[]): Promise<void> {
    const upsert = this.db.prepare(`INSERT INTO analyses (workspace_id, kind, text_hash, rules_version, result)
      SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM workspaces WHERE id = ?)
      ON CONFLICT (workspace_id, kind, text_hash) DO UPDATE SET rules_version = excluded.rules_version, result = excluded.result`);
    this.db.transaction(() => {
      for (const e of entries) upsert.run(workspaceId, kind, e.hash, rulesVersion, e.json, workspaceId);
    })();
  }

  async prune(workspaceId: string, kind: AnalysisKind, rulesVersion: string, keep: string[]): Promise<void> {
    const keepSet = new Set(keep);
    this.db.transaction(() => {
      const rows = this.db.prepare('SELECT text_hash, rules_version FROM analyses WHERE workspace_id = ? AND kind = ?')
        .all(workspaceId, kind) as { text_hash: string; rules_version: string }[];
      const del = this.db.prepare('DELETE FROM analyses WHERE workspace_id = ? AND kind = ? AND text_hash = ?');
      for (const r of rows) if (!keepSet.has(r.text_hash) || r.rules_version !== rulesVersion) del.run(workspaceId, kind, r.text_hash);
    })();
  }
}
