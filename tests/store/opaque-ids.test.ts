// Ids leave the app opaque: a keyed permutation of the row number, the same for the same secret, different for
// another secret or another kind of thing, and never a small or sequential number a user could count with.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { IdCipher } from '../../src/store/opaque-ids.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { createApp } from '../../src/web/app.ts';
import { silentLogger } from '../../src/web/logging.ts';

describe('IdCipher', () => {
  const c = new IdCipher('secret');
  it('is a bijection on row numbers: decode(encode(n)) = n, and distinct rows get distinct ids', () => {
    const seen = new Set<number>();
    const rows = new Set([0, 1, 2, 3, 41, 1000, 65_535, 2 ** 26, 2 ** 40 + 7, 2 ** 52 - 1, ...Array.from({ length: 2000 }, (_, i) => i + 5)]);
    for (const n of rows) {
      const shown = c.encode('bullet', n);
      expect(c.decode('bullet', shown)).toBe(n);
      expect(Number.isSafeInteger(shown) && shown >= 2 ** 52).toBe(true);
      expect(String(shown)).toHaveLength(16);
      seen.add(shown);
    }
    expect(seen.size).toBe(rows.size);
  });

  it('shows nothing of the order: neighbours land far apart, and each kind and secret has its own ids', () => {
    const ids = [1, 2, 3, 4].map((n) => c.encode('bullet', n));
    for (let i = 1; i < ids.length; i++) expect(Math.abs(ids[i]! - ids[i - 1]!)).toBeGreaterThan(1000);
    expect(c.encode('role', 1)).not.toBe(c.encode('bullet', 1));
    expect(new IdCipher('other secret').encode('bullet', 1)).not.toBe(c.encode('bullet', 1));
    expect(c.decode('role', c.encode('bullet', 1))).not.toBe(1);
  });

  it('turns anything that is not a shown id into a row number no store holds', () => {
    for (const bad of [0, 1, 17, -5, 2 ** 52 - 1, 2 ** 53, 1.5, Number.NaN]) expect(c.decode('story', bad)).toBe(-1);
  });
});

describe('ids in the API and on the pages', () => {
  it('are opaque, and a sequential row number no longer finds anything', async () => {
    const store = openSqliteStore(':memory:');
    const app = createApp({ store, secret: 'app-secret', log: silentLogger });
    const res = await request(app).post('/api/v1/workspaces').send({ items: ['Cut overtime 9% by redesigning schedules', 'Reduced no-shows 7%', 'Raised HCAHPS 4 pts'] });
    expect(res.status).toBe(201);
    const ws = res.body.workspace.id as string;
    const ids = (res.body.workspace.bullets as { id: number }[]).map((b) => b.id);
    for (const id of ids) expect(id).toBeGreaterThanOrEqual(2 ** 52);
    expect(ids[1]! - ids[0]!).not.toBe(1);
    // The rows are still numbered 1, 2, 3 underneath; those numbers mean nothing outside.
    expect(store.db.prepare('SELECT id FROM bullets ORDER BY id').pluck().all()).toEqual([1, 2, 3]);
    expect((await request(app).get(`/api/v1/workspaces/${ws}/bullets/1`)).status).toBe(404);
    const one = await request(app).get(`/api/v1/workspaces/${ws}/bullets/${ids[1]}`);
    expect(one.status).toBe(200);
    expect(one.body.bullet.text).toBe('Reduced no-shows 7%');
    expect(one.body.history[0].id).toBeGreaterThanOrEqual(2 ** 52);
    const page = await request(app).get(`/w/${ws}`).set('Accept', 'text/html');
    expect(page.text).toContain(`id="b-${ids[0]}"`);
    expect(page.text).not.toMatch(/bullets\/[123]\//);
  });
});
