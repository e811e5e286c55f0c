import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { STORY_LIMITS } from '../../src/store/stories.ts';

const fields = (n = 1) => ({ title: `Story ${n}`, text: 'Our ED had a 4% LWBS rate. I launched split-flow triage.', promptId: null, bulletId: null });

describe('SQLite stories', () => {
  it('adds, lists newest first, updates and removes a story within its workspace only', async () => {
    const store = openSqliteStore(':memory:');
    const ws = await store.workspaces.create();
    const other = await store.workspaces.create();
    const a = await store.stories.add(ws.id, fields(1));
    const b = await store.stories.add(ws.id, { ...fields(2), promptId: 'own-a-miss' });
    expect((await store.stories.list(ws.id)).map((s) => s.id)).toEqual([b.id, a.id]);
    expect(await store.stories.get(other.id, a.id)).toBeNull();
    expect(await store.stories.update(other.id, a.id, { title: 'x', text: 'y', promptId: null })).toBeNull();
    const edited = await store.stories.update(ws.id, a.id, { title: 'Denials', text: 'New text', promptId: 'improvement-finance' });
    expect(edited).toMatchObject({ title: 'Denials', text: 'New text', promptId: 'improvement-finance' });
    expect(await store.stories.remove(other.id, a.id)).toBe(false);
    expect(await store.stories.remove(ws.id, a.id)).toBe(true);
    expect((await store.stories.list(ws.id)).map((s) => s.id)).toEqual([b.id]);
  });

  it('links a bullet only from the same workspace', async () => {
    const store = openSqliteStore(':memory:');
    const ws = await store.workspaces.create();
    const other = await store.workspaces.create();
    const [bullet] = await store.bullets.add(other.id, ['Cut no-shows 20%.']);
    const [mine] = await store.bullets.add(ws.id, ['Cut denials 32%.']);
    expect((await store.stories.add(ws.id, { ...fields(), bulletId: bullet!.id })).bulletId).toBeNull();
    expect((await store.stories.add(ws.id, { ...fields(), bulletId: mine!.id })).bulletId).toBe(mine!.id);
  });

  it('keeps rehearsal runs oldest first and deletes them with the story and the workspace', async () => {
    const store = openSqliteStore(':memory:');
    const ws = await store.workspaces.create();
    const s = await store.stories.add(ws.id, fields());
    await store.stories.addRun(ws.id, s.id, { seconds: 140, rating: 2, hidden: false });
    await store.stories.addRun(ws.id, s.id, { seconds: 95, rating: null, hidden: true });
    expect((await store.stories.runs(ws.id, s.id)).map((r) => [r.seconds, r.rating, r.hidden])).toEqual([[140, 2, false], [95, null, true]]);
    expect(await store.stories.addRun(ws.id, 9999, { seconds: 1, rating: 1, hidden: false })).toBeNull();
    await store.workspaces.delete(ws.id);
    const n = store.db.prepare('SELECT (SELECT count(*) FROM stories) + (SELECT count(*) FROM rehearsals) AS n').get() as { n: number };
    expect(n.n).toBe(0);
  });

  it('refuses a story past the workspace limit with a clear message', async () => {
    const store = openSqliteStore(':memory:');
    const ws = await store.workspaces.create();
    const insert = store.db.prepare("INSERT INTO stories (workspace_id, title, text, created_at, updated_at) VALUES (?, 't', 'x', '', '')");
    for (let i = 0; i < STORY_LIMITS.storiesPerWorkspace; i++) insert.run(ws.id);
    await expect(store.stories.add(ws.id, fields())).rejects.toThrow(/at most 100 stories/);
  });
});
