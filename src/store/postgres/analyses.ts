import type pg from 'pg';
import { isWorkspaceId } from '../ids.ts';
import type { AnalysisKind, AnalysisRepo } from '../analyses.ts';
import { all } from './db.ts';

export class PostgresAnalyses implements AnalysisRepo {
  constructor(private readonly pool: pg.Pool) {}

  async get(workspaceId: string, kind: AnalysisKind, rulesVersion: string, hashes: string[]): Promise<Map<string, string>> {
    if (!isWorkspaceId(workspaceId) || hashes.length === 0) return new Map();
    const rows = await all<{ text_hash: string; result: string }>(this.pool,
      'SELECT text_hash, result FROM analyses WHERE workspace_id = $1 AND kind = $2 AND rules_version = $3 AND text_hash = ANY($4::text[])',
      [workspaceId, kind, rulesVersion, [...new Set(hashes)]]);
    return new Map(rows.map((r) => [r.text_hash, r.result]));
  }

  async put(workspaceId: string, kind: AnalysisKind, rulesVersion: string, entries: { hash: string; json: string }[]): Promise<void> {
    if (!isWorkspaceId(workspaceId) || entries.length === 0) return;
    // One statement; a workspace deleted meanwhile simply gets no rows.
    await this.pool.query(`INSERT INTO analyses (workspace_id, kind, text_hash, rules_version, result)
      SELECT $1, $2, e.hash, $3, e.json FROM unnest($4::text[], $5::text[]) AS e(hash, json)
      WHERE EXISTS (SELECT 1 FROM workspaces WHERE id = $1)
      ON CONFLICT (workspace_id, kind, text_hash) DO UPDATE SET rules_version = excluded.rules_version, result = excluded.result`,
    [workspaceId, kind, rulesVersion, entries.map((e) => e.hash), entries.map((e) => e.json)]);
  }

  async prune(workspaceId: string, kind: AnalysisKind, rulesVersion: string, keep: string[]): Promise<void> {
    if (!isWorkspaceId(workspaceId)) return;
    await this.pool.query(
      'DELETE FROM analyses WHERE workspace_id = $1 AND kind = $2 AND (rules_version <> $3 OR NOT (text_hash = ANY($4::text[])))',
      [workspaceId, kind, rulesVersion, keep]);
  }
}
