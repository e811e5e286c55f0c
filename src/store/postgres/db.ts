// What every PostgreSQL repository shares: the pool (ids and counts as numbers, timestamps as ISO strings, so rows
// map exactly as SQLite's do), a transaction helper, and the workspace lock that serialises writes to one workspace.
import pg from 'pg';
import { isWorkspaceId } from '../ids.ts';
import { toBullet, toRole, toWorkspace, type BulletRow, type RoleRow, type WorkspaceRow } from '../rows.ts';
import { StoreError, type Bullet } from '../types.ts';

export type Db = pg.Pool | pg.PoolClient;

const INT8 = 20;
const TIMESTAMPTZ = 1184;
const parseTimestamp = pg.types.getTypeParser(TIMESTAMPTZ) as (value: string) => Date;

/** Parsers for this pool only (pg's global `types` stays untouched): bigint ids fit a JS number by far. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8) return (value: string) => Number(value);
    if (oid === TIMESTAMPTZ) return (value: string) => parseTimestamp(value).toISOString();
    return pg.types.getTypeParser(oid, format ?? 'text');
  }) as typeof pg.types.getTypeParser,
};

export interface PoolOptions {
  /** Connections this instance may hold (DATABASE_POOL_SIZE, default 10). */
  max?: number;
}

export function createPool(url: string, { max = 10 }: PoolOptions = {}): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max,
    types,
    // A request fails with an error rather than hanging when the database is down or the pool is exhausted.
    connectionTimeoutMillis: 10_000,
    statement_timeout: 15_000,
    idle_in_transaction_session_timeout: 30_000,
    application_name: 'resume-vitals',
  });
}

/** Runs `fn` in one transaction on one connection: committed when it returns, rolled back when it throws. */
export async function tx<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await fn(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (err) {
    // A connection that cannot even roll back is broken: the pool drops it instead of lending it again.
    const broken = await client.query('ROLLBACK').then(() => undefined, (e: Error) => e);
    client.release(broken);
    throw err;
  }
}

/** Reads that must agree with each other (a page's roles and bullets) see one snapshot. */
export const READ_SNAPSHOT = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

export async function one<T>(db: Db, sql: string, params: unknown[] = []): Promise<T | null> {
  return ((await db.query(sql, params)).rows[0] as T | undefined) ?? null;
}

export async function all<T>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db.query(sql, params)).rows as T[];
}

/**
 * Locks the workspace row until the transaction ends, so that writes to one workspace run one at a time across
 * every instance, as SQLite's single writer does (limits counted then inserted, positions read then set).
 * False when there is no such workspace.
 */
export async function lockWorkspace(c: pg.PoolClient, workspaceId: string): Promise<boolean> {
  if (!isWorkspaceId(workspaceId)) return false;
  // NO KEY UPDATE: writers of one workspace queue behind each other, while a foreign-key check from another table
  // (which takes KEY SHARE) does not wait; deleting the workspace (FOR UPDATE) waits for the writer to finish.
  return (await c.query('SELECT 1 FROM workspaces WHERE id = $1 FOR NO KEY UPDATE', [workspaceId])).rowCount === 1;
}

export async function requireWorkspace(c: pg.PoolClient, workspaceId: string): Promise<void> {
  if (!(await lockWorkspace(c, workspaceId))) {
    throw new StoreError('not_found', 'That workspace does not exist (it may have been deleted).');
  }
}

export const now = (): string => new Date().toISOString();

export async function touch(c: pg.PoolClient, workspaceId: string): Promise<void> {
  await c.query('UPDATE workspaces SET updated_at = $2 WHERE id = $1', [workspaceId, now()]);
}

export { toBullet, toRole, toWorkspace, type BulletRow, type RoleRow };

/**
 * Swaps a row's position with its neighbour's in the same group (roles of a workspace, bullets of a role);
 * false at either end. Call inside a transaction holding the workspace lock. `table` is never user input.
 */
export async function swapWithNeighbour(
  c: pg.PoolClient, table: 'roles' | 'bullets', row: { id: number; position: number; workspaceId: string; roleId?: number | null },
  direction: 'up' | 'down',
): Promise<boolean> {
  const group = table === 'roles' ? 'workspace_id = $1' : 'workspace_id = $1 AND role_id IS NOT DISTINCT FROM $3::bigint';
  const params: unknown[] = table === 'roles' ? [row.workspaceId, row.position] : [row.workspaceId, row.position, row.roleId ?? null];
  const neighbour = await one<{ id: number; position: number }>(c, direction === 'up'
    ? `SELECT id, position FROM ${table} WHERE ${group} AND position < $2 ORDER BY position DESC, id DESC LIMIT 1`
    : `SELECT id, position FROM ${table} WHERE ${group} AND position > $2 ORDER BY position ASC, id ASC LIMIT 1`, params);
  if (!neighbour) return false;
  await c.query(`UPDATE ${table} SET position = CASE id WHEN $1 THEN $2::integer ELSE $3::integer END WHERE id IN ($1, $4)`,
    [row.id, neighbour.position, row.position, neighbour.id]);
  return true;
}

/**
 * Appends bullets after the last one in their group (role or unassigned), each with its first version, in one
 * statement; returns them in order. Call inside a transaction holding the workspace lock.
 */
export async function insertBullets(c: pg.PoolClient, workspaceId: string, roleId: number | null, texts: string[], at = now()): Promise<Bullet[]> {
  if (texts.length === 0) return [];
  const rows = await all<BulletRow>(c, `
    WITH last AS (
      SELECT coalesce(max(position), 0) AS position FROM bullets WHERE workspace_id = $1::text AND role_id IS NOT DISTINCT FROM $2::bigint
    ), added AS (
      INSERT INTO bullets (workspace_id, role_id, position, text, created_at, updated_at)
      SELECT $1::text, $2::bigint, last.position + t.n, t.text, $4::timestamptz, $4::timestamptz
      FROM unnest($3::text[]) WITH ORDINALITY AS t(text, n), last
      ORDER BY t.n
      RETURNING *
    ), versions AS (
      INSERT INTO bullet_versions (bullet_id, text, reason, created_at)
      SELECT id, text, 'created', created_at FROM added ORDER BY position
    )
    SELECT * FROM added ORDER BY position`, [workspaceId, roleId, texts, at]);
  return rows.map(toBullet);
}
