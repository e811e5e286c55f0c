// A store for express-rate-limit in the shared database, so that N instances count one client's requests together
// instead of each allowing the full limit. One row per client and limit; one statement per request both counts the
// hit and starts a new window when the old one has ended. Ended windows are swept now and then.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';

interface Row { hits: number; reset_at: string }
/** Clients are kept by a hash of their address: the counters work the same and the table holds no IP addresses. */
const hashed = (key: string) => createHash('sha256').update(key).digest('base64url').slice(0, 22);
const toInfo = (r: Row): ClientRateLimitInfo => ({ totalHits: r.hits, resetTime: new Date(r.reset_at) });

export class PostgresRateLimitStore implements Store {
  readonly localKeys = false;
  private windowMs = 60_000;
  private sweeper: NodeJS.Timeout | undefined;

  /** `prefix` keeps two limits (API requests, form posts) of one client apart. */
  constructor(private readonly pool: pg.Pool, readonly prefix: string) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
    this.sweeper = setInterval(() => void this.sweep().catch(() => {}), Math.max(this.windowMs, 10_000));
    this.sweeper.unref();
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const r = (await this.pool.query<Row>('SELECT hits, reset_at FROM rate_limits WHERE key = $1 AND reset_at > now()', [this.row(key)])).rows[0];
    return r ? toInfo(r) : undefined;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const { rows } = await this.pool.query<Row>(`
      INSERT INTO rate_limits AS l (key, hits, reset_at) VALUES ($1, 1, now() + $2 * interval '1 millisecond')
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN l.reset_at <= now() THEN 1 ELSE l.hits + 1 END,
        reset_at = CASE WHEN l.reset_at <= now() THEN excluded.reset_at ELSE l.reset_at END
      RETURNING hits, reset_at`, [this.row(key), this.windowMs]);
    return toInfo(rows[0]!);
  }

  async decrement(key: string): Promise<void> {
    await this.pool.query('UPDATE rate_limits SET hits = greatest(hits - 1, 0) WHERE key = $1 AND reset_at > now()', [this.row(key)]);
  }

  async resetKey(key: string): Promise<void> {
    await this.pool.query('DELETE FROM rate_limits WHERE key = $1', [this.row(key)]);
  }

  async resetAll(): Promise<void> {
    await this.pool.query('DELETE FROM rate_limits WHERE starts_with(key, $1)', [this.prefix]);
  }

  /** Removes windows that ended; every instance may run it, the rows are the same for all. */
  async sweep(): Promise<number> {
    return (await this.pool.query('DELETE FROM rate_limits WHERE reset_at <= now()')).rowCount ?? 0;
  }

  private row(key: string): string {
    return this.prefix + hashed(key);
  }

  shutdown(): void {
    clearInterval(this.sweeper);
  }
}
