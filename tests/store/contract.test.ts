// What every store promises, run against SQLite and PostgreSQL alike (see backends.ts): workspaces, roles, bullets
// with history, stories with rehearsal runs, the resume profile and import, limits, isolation between workspaces,
// all-or-nothing writes, and deletion that leaves no row behind.
import { expect, it } from 'vitest';
import { STORY_LIMITS } from '../../src/store/stories.ts';
import { LIMITS, StoreError, type Store } from '../../src/store/types.ts';
import { forEachStore, SHARED_TABLES } from './backends.ts';

const role = (title: string) => ({ title, employer: 'Mercy General', location: 'Tulsa, OK', startDate: '2021', endDate: 'Present' });
const story = (n = 1) => ({ title: `Story ${n}`, text: 'Our ED had a 4% LWBS rate. I launched split-flow triage.', promptId: null, bulletId: null });
const texts = async (store: Store, ws: string) => (await store.workspaces.snapshot(ws))!.bullets.map((b) => b.text);

forEachStore('workspaces, roles and bullets', (s) => {
  it('creates workspaces with unguessable 128-bit ids and no way to list them', async () => {
    const a = await s().workspaces.create();
    const b = await s().workspaces.create();
    expect(a.id).toMatch(/^[0-9a-f]{32}$/);
    expect(a.id).not.toBe(b.id);
    expect(await s().workspaces.get(a.id)).toEqual(a);
    expect(await s().workspaces.get('0'.repeat(32))).toBeNull();
    expect(await s().workspaces.get("' OR 1=1 --")).toBeNull();
    expect(await s().workspaces.snapshot("' OR 1=1 --")).toBeNull();
    expect(Object.keys(s().workspaces)).not.toContain('list');
  });

  it('answers a ping while the database is open', async () => {
    await expect(s().ping()).resolves.toBeUndefined();
  });

  it('keeps bullets in order, grouped under roles in the roles’ order', async () => {
    const ws = (await s().workspaces.create()).id;
    const r1 = await s().roles.add(ws, role('Practice Manager'));
    const r2 = await s().roles.add(ws, role('Clinic Coordinator'));
    await s().bullets.add(ws, ['a1', 'a2'], r1.id);
    await s().bullets.add(ws, ['b1'], r2.id);
    await s().bullets.add(ws, ['loose']);
    const snap = (await s().workspaces.snapshot(ws))!;
    expect(snap.roles.map((r) => r.title)).toEqual(['Practice Manager', 'Clinic Coordinator']);
    expect(snap.bullets.map((b) => b.text)).toEqual(['loose', 'a1', 'a2', 'b1']);
    expect(snap.bullets.map((b) => b.position)).toEqual([1, 1, 2, 1]);

    expect(await s().roles.move(ws, r2.id, 'up')).toBe(true);
    expect(await s().roles.move(ws, r2.id, 'up')).toBe(false);
    expect(await s().roles.move(ws, r1.id, 'down')).toBe(false);
    expect(await texts(s(), ws)).toEqual(['loose', 'b1', 'a1', 'a2']);
  });

  it('returns what it saved, with the same timestamps a later read gives', async () => {
    const ws = await s().workspaces.create();
    expect(ws.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const r = await s().roles.add(ws.id, role('Director of Revenue Cycle'));
    expect(r).toEqual({ id: expect.any(Number), position: 1, ...role('Director of Revenue Cycle') });
    const [b] = await s().bullets.add(ws.id, ['Cut denials 32%'], r.id);
    expect(b).toEqual({ id: expect.any(Number), roleId: r.id, position: 1, text: 'Cut denials 32%', createdAt: expect.any(String), updatedAt: b!.createdAt });
    expect(await s().bullets.get(ws.id, b!.id)).toEqual(b);
    expect((await s().workspaces.snapshot(ws.id))!.bullets).toEqual([b]);
    const updated = await s().roles.update(ws.id, r.id, { ...role('VP Revenue Cycle'), endDate: '2024' });
    expect(updated).toMatchObject({ id: r.id, title: 'VP Revenue Cycle', endDate: '2024', position: 1 });
    expect(Date.parse((await s().workspaces.get(ws.id))!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(ws.updatedAt));
  });

  it('moves a bullet within its group and to another role, last in place', async () => {
    const ws = (await s().workspaces.create()).id;
    const [a, b, c] = await s().bullets.add(ws, ['a', 'b', 'c']);
    expect(await s().bullets.move(ws, c!.id, 'up')).toBe(true);
    expect(await s().bullets.move(ws, a!.id, 'up')).toBe(false);
    expect(await s().bullets.move(ws, b!.id, 'down')).toBe(false);
    expect(await texts(s(), ws)).toEqual(['a', 'c', 'b']);
    const r = await s().roles.add(ws, role('Director'));
    await s().bullets.add(ws, ['d'], r.id);
    expect(await s().bullets.assignRole(ws, b!.id, r.id)).toMatchObject({ roleId: r.id, position: 2 });
    expect((await s().workspaces.snapshot(ws))!.bullets.map((x) => [x.text, x.roleId])).toEqual([
      ['a', null], ['c', null], ['d', r.id], ['b', r.id],
    ]);
    await expect(s().bullets.assignRole(ws, a!.id, 999_999)).rejects.toMatchObject({ code: 'not_found' });
    // Removing a role keeps its bullets, unassigned, after the ones already there.
    expect(await s().roles.remove(ws, r.id)).toBe(true);
    expect(await s().roles.remove(ws, r.id)).toBe(false);
    expect((await s().workspaces.snapshot(ws))!.bullets.map((x) => [x.text, x.roleId])).toEqual([
      ['a', null], ['c', null], ['d', null], ['b', null],
    ]);
  });

  it('keeps every version; restoring an old one adds a version and loses nothing', async () => {
    const ws = (await s().workspaces.create()).id;
    const [b] = await s().bullets.add(ws, ['Responsible for scheduling']);
    await s().bullets.update(ws, b!.id, 'Cut no-shows 7% by SMS reminders', 'rewrite');
    await s().bullets.update(ws, b!.id, 'Cut no-shows 7% by SMS reminders'); // unchanged: no new version
    let history = await s().bullets.history(ws, b!.id);
    expect(history.map((v) => [v.reason, v.text])).toEqual([
      ['rewrite', 'Cut no-shows 7% by SMS reminders'],
      ['created', 'Responsible for scheduling'],
    ]);
    const restored = await s().bullets.restore(ws, b!.id, history[1]!.id);
    expect(restored!.text).toBe('Responsible for scheduling');
    history = await s().bullets.history(ws, b!.id);
    expect(history.map((v) => v.reason)).toEqual(['restored', 'rewrite', 'created']);
    expect((await s().bullets.histories(ws)).get(b!.id)).toEqual(history);
    expect(await s().bullets.restore(ws, b!.id, 999_999)).toBeNull();
  });

  it('never reaches into another workspace', async () => {
    const mine = (await s().workspaces.create()).id;
    const theirs = (await s().workspaces.create()).id;
    const [b] = await s().bullets.add(theirs, ['secret']);
    const r = await s().roles.add(theirs, role('Theirs'));
    const v = (await s().bullets.history(theirs, b!.id))[0]!;
    expect(await s().bullets.get(mine, b!.id)).toBeNull();
    expect(await s().bullets.update(mine, b!.id, 'hijack')).toBeNull();
    expect(await s().bullets.remove(mine, b!.id)).toBe(false);
    expect(await s().bullets.move(mine, b!.id, 'up')).toBe(false);
    expect(await s().bullets.assignRole(mine, b!.id, null)).toBeNull();
    expect(await s().bullets.history(mine, b!.id)).toEqual([]);
    expect(await s().bullets.restore(mine, b!.id, v.id)).toBeNull();
    expect((await s().bullets.histories(mine)).size).toBe(0);
    expect(await s().roles.update(mine, r.id, role('x'))).toBeNull();
    expect(await s().roles.move(mine, r.id, 'up')).toBe(false);
    expect(await s().roles.remove(mine, r.id)).toBe(false);
    await expect(s().bullets.add(mine, ['x'], r.id)).rejects.toThrow(StoreError);
    expect((await s().bullets.get(theirs, b!.id))!.text).toBe('secret');
    expect((await s().workspaces.snapshot(theirs))!.roles).toHaveLength(1);
  });

  it('refuses writes to a workspace that does not exist', async () => {
    const gone = 'f'.repeat(32);
    await expect(s().bullets.add(gone, ['x'])).rejects.toMatchObject({ code: 'not_found' });
    await expect(s().roles.add(gone, role('x'))).rejects.toMatchObject({ code: 'not_found' });
    await expect(s().bullets.add('not-an-id', ['x'])).rejects.toMatchObject({ code: 'not_found' });
    expect(await s().bullets.update(gone, 1, 'x')).toBeNull();
    expect(await s().workspaces.delete(gone)).toBe(false);
  });

  it('saves all or nothing when a workspace would overflow', async () => {
    const ws = (await s().workspaces.create()).id;
    await s().bullets.add(ws, Array.from({ length: LIMITS.bulletsPerWorkspace - 1 }, (_, i) => `b${i}`));
    await expect(s().bullets.add(ws, ['one', 'two'])).rejects.toMatchObject({ code: 'workspace_full' });
    const snap = (await s().workspaces.snapshot(ws))!;
    expect(snap.bullets).toHaveLength(LIMITS.bulletsPerWorkspace - 1);
    expect(snap.bullets.map((b) => b.position)).toEqual(snap.bullets.map((_, i) => i + 1));
    expect((await s().bullets.histories(ws)).size).toBe(LIMITS.bulletsPerWorkspace - 1);
  });

  it('holds at most the role limit', async () => {
    const ws = (await s().workspaces.create()).id;
    for (let i = 0; i < LIMITS.rolesPerWorkspace; i++) await s().roles.add(ws, role(`Role ${i}`));
    await expect(s().roles.add(ws, role('one more'))).rejects.toMatchObject({ code: 'workspace_full' });
  });

  it('keeps the limit and distinct positions when writes to one workspace arrive at once', async () => {
    const ws = (await s().workspaces.create()).id;
    const batch = (n: number) => Array.from({ length: 50 }, (_, i) => `batch ${n} bullet ${i}`);
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, n) => s().bullets.add(ws, batch(n))));
    const saved = results.filter((r) => r.status === 'fulfilled').length;
    expect(saved).toBe(LIMITS.bulletsPerWorkspace / 50);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'workspace_full' });
    const snap = (await s().workspaces.snapshot(ws))!;
    expect(snap.bullets).toHaveLength(LIMITS.bulletsPerWorkspace);
    expect(new Set(snap.bullets.map((b) => b.position)).size).toBe(LIMITS.bulletsPerWorkspace);
  });
});

forEachStore('stories and rehearsals', (s) => {
  it('adds, lists newest first, updates and removes a story within its workspace only', async () => {
    const ws = await s().workspaces.create();
    const other = await s().workspaces.create();
    const a = await s().stories.add(ws.id, story(1));
    const b = await s().stories.add(ws.id, { ...story(2), promptId: 'own-a-miss' });
    expect(b).toMatchObject({ title: 'Story 2', promptId: 'own-a-miss', bulletId: null });
    expect(await s().stories.get(ws.id, b.id)).toEqual(b);
    expect((await s().stories.list(ws.id)).map((x) => x.id)).toEqual([b.id, a.id]);
    expect(await s().stories.get(other.id, a.id)).toBeNull();
    expect(await s().stories.list(other.id)).toEqual([]);
    expect(await s().stories.update(other.id, a.id, { title: 'x', text: 'y', promptId: null })).toBeNull();
    const edited = await s().stories.update(ws.id, a.id, { title: 'Denials', text: 'New text', promptId: 'improvement-finance' });
    expect(edited).toMatchObject({ title: 'Denials', text: 'New text', promptId: 'improvement-finance' });
    expect(await s().stories.remove(other.id, a.id)).toBe(false);
    expect(await s().stories.remove(ws.id, a.id)).toBe(true);
    expect((await s().stories.list(ws.id)).map((x) => x.id)).toEqual([b.id]);
  });

  it('links a bullet only from the same workspace, and unlinks it when the bullet goes', async () => {
    const ws = await s().workspaces.create();
    const other = await s().workspaces.create();
    const [bullet] = await s().bullets.add(other.id, ['Cut no-shows 20%.']);
    const [mine] = await s().bullets.add(ws.id, ['Cut denials 32%.']);
    expect((await s().stories.add(ws.id, { ...story(), bulletId: bullet!.id })).bulletId).toBeNull();
    const linked = await s().stories.add(ws.id, { ...story(), bulletId: mine!.id });
    expect(linked.bulletId).toBe(mine!.id);
    await s().bullets.remove(ws.id, mine!.id);
    expect((await s().stories.get(ws.id, linked.id))!.bulletId).toBeNull();
  });

  it('keeps rehearsal runs oldest first, within the workspace only', async () => {
    const ws = await s().workspaces.create();
    const other = await s().workspaces.create();
    const st = await s().stories.add(ws.id, story());
    const run = await s().stories.addRun(ws.id, st.id, { seconds: 140, rating: 2, hidden: false });
    expect(run).toMatchObject({ storyId: st.id, seconds: 140, rating: 2, hidden: false });
    await s().stories.addRun(ws.id, st.id, { seconds: 95, rating: null, hidden: true });
    expect((await s().stories.runs(ws.id, st.id)).map((r) => [r.seconds, r.rating, r.hidden])).toEqual([[140, 2, false], [95, null, true]]);
    expect(await s().stories.addRun(ws.id, 999_999, { seconds: 1, rating: 1, hidden: false })).toBeNull();
    expect(await s().stories.addRun(other.id, st.id, { seconds: 1, rating: 1, hidden: false })).toBeNull();
    expect(await s().stories.runs(other.id, st.id)).toEqual([]);
  });

  it('refuses a story past the workspace limit with a clear message', async () => {
    const ws = await s().workspaces.create();
    for (let i = 0; i < STORY_LIMITS.storiesPerWorkspace; i++) await s().stories.add(ws.id, story(i));
    await expect(s().stories.add(ws.id, story())).rejects.toThrow(/at most 100 stories/);
  });
});

forEachStore('resume profile and import', (s) => {
  const profile = {
    basics: { name: 'Dana Reyes', label: 'Practice Manager', email: 'dana@example.org' },
    education: [{ institution: 'State University', studyType: 'MHA' }],
    certificates: [{ name: 'CMPE' }],
    skills: [{ name: 'Revenue cycle', keywords: ['Epic', 'denials'] }],
  };

  it('reads an empty profile until one is saved, then what was saved', async () => {
    const ws = (await s().workspaces.create()).id;
    expect(await s().resume.profile(ws)).toEqual({ basics: {}, education: [], certificates: [], skills: [] });
    expect(await s().resume.saveProfile(ws, profile)).toEqual(profile);
    expect(await s().resume.profile(ws)).toEqual(profile);
    const changed = { ...profile, skills: [] };
    await s().resume.saveProfile(ws, changed);
    expect(await s().resume.profile(ws)).toEqual(changed);
    await expect(s().resume.saveProfile('f'.repeat(32), profile)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('imports roles with their bullets after the existing ones and merges the profile', async () => {
    const ws = (await s().workspaces.create()).id;
    await s().roles.add(ws, role('Earlier role'));
    await s().bullets.add(ws, ['already here']);
    await s().resume.saveProfile(ws, { ...profile, basics: { name: 'Dana Reyes' } });
    const counts = await s().resume.importPlan(ws, {
      profile: { ...profile, basics: { name: 'Someone Else', phone: '555-0100' }, certificates: [{ name: 'CMPE' }, { name: 'FACHE' }] },
      roles: [{ fields: role('Practice Manager'), bullets: ['Cut no-shows from 18% to 11%', 'Reduced denials 32%'] }],
      unassigned: ['Led Joint Commission survey prep'],
    });
    expect(counts).toEqual({ roles: 1, bullets: 3 });
    const snap = (await s().workspaces.snapshot(ws))!;
    expect(snap.roles.map((r) => [r.title, r.position])).toEqual([['Earlier role', 1], ['Practice Manager', 2]]);
    expect(snap.bullets.map((b) => [b.text, b.position])).toEqual([
      ['already here', 1], ['Led Joint Commission survey prep', 2], ['Cut no-shows from 18% to 11%', 1], ['Reduced denials 32%', 2],
    ]);
    expect([...(await s().bullets.histories(ws)).values()].map((h) => h.map((v) => v.reason))).toEqual(Array(4).fill(['created']));
    const merged = await s().resume.profile(ws);
    expect(merged.basics).toMatchObject({ name: 'Dana Reyes', phone: '555-0100' });
    expect(merged.certificates.map((c) => c.name)).toEqual(['CMPE', 'FACHE']);
  });

  it('imports nothing at all when any part does not fit', async () => {
    const ws = (await s().workspaces.create()).id;
    await s().bullets.add(ws, Array.from({ length: LIMITS.bulletsPerWorkspace - 1 }, (_, i) => `b${i}`));
    const before = await s().workspaces.snapshot(ws);
    await expect(s().resume.importPlan(ws, {
      profile, roles: [{ fields: role('Practice Manager'), bullets: ['one', 'two'] }], unassigned: [],
    })).rejects.toMatchObject({ code: 'workspace_full' });
    await expect(s().resume.importPlan(ws, {
      profile, roles: [], unassigned: ['x'.repeat(LIMITS.bulletChars + 1)],
    })).rejects.toMatchObject({ code: 'invalid' });
    expect((await s().workspaces.snapshot(ws))!.roles).toEqual(before!.roles);
    expect((await s().workspaces.snapshot(ws))!.bullets).toHaveLength(LIMITS.bulletsPerWorkspace - 1);
    expect(await s().resume.profile(ws)).toEqual({ basics: {}, education: [], certificates: [], skills: [] });
  });

  it('replaces roles, bullets and profile when asked, and keeps the source of each imported role under its new id', async () => {
    const ws = (await s().workspaces.create()).id;
    await s().roles.add(ws, role('Earlier role'));
    await s().bullets.add(ws, ['already here']);
    await s().resume.saveProfile(ws, { ...profile, basics: { name: 'Dana Reyes' } });
    const source = { name: 'Mercy Clinic', position: 'Practice Manager', startDate: '2021-03-15', endDate: '', url: 'https://mercy.example.org' };
    await s().resume.importPlan(ws, {
      profile: { ...profile, other: { volunteer: [{ organization: 'Free Clinic' }] } },
      replace: true,
      roles: [{ fields: role('Practice Manager'), bullets: ['Cut no-shows from 18% to 11%'], source }],
      unassigned: [],
    });
    const snap = (await s().workspaces.snapshot(ws))!;
    expect(snap.roles.map((r) => r.title)).toEqual(['Practice Manager']);
    expect(snap.bullets.map((b) => b.text)).toEqual(['Cut no-shows from 18% to 11%']);
    const saved = await s().resume.profile(ws);
    expect(saved.basics).toEqual(profile.basics);
    expect(saved.other).toEqual({ volunteer: [{ organization: 'Free Clinic' }] });
    expect(saved.roleSources).toEqual({ [String(snap.roles[0]!.id)]: { fields: role('Practice Manager'), work: source } });
  });
});

forEachStore('saved analyses', (s) => {
  const h = (c: string) => c.repeat(64);
  it('gives back what was saved for this workspace, kind and rules version only', async () => {
    const ws = (await s().workspaces.create()).id;
    const other = (await s().workspaces.create()).id;
    await s().analyses.put(ws, 'bullet', 'v1', [{ hash: h('a'), json: '{"score":1}' }, { hash: h('b'), json: '{"score":2}' }]);
    await s().analyses.put(ws, 'story', 'v1', [{ hash: h('a'), json: '{"score":3}' }]);
    expect(await s().analyses.get(ws, 'bullet', 'v1', [h('a'), h('b'), h('c')])).toEqual(new Map([[h('a'), '{"score":1}'], [h('b'), '{"score":2}']]));
    expect(await s().analyses.get(ws, 'story', 'v1', [h('a'), h('a')])).toEqual(new Map([[h('a'), '{"score":3}']]));
    expect((await s().analyses.get(ws, 'bullet', 'v2', [h('a')])).size).toBe(0);
    expect((await s().analyses.get(other, 'bullet', 'v1', [h('a')])).size).toBe(0);
    expect((await s().analyses.get(ws, 'bullet', 'v1', [])).size).toBe(0);
    // A newer rules version replaces the row.
    await s().analyses.put(ws, 'bullet', 'v2', [{ hash: h('a'), json: '{"score":9}' }]);
    expect(await s().analyses.get(ws, 'bullet', 'v2', [h('a')])).toEqual(new Map([[h('a'), '{"score":9}']]));
    expect((await s().analyses.get(ws, 'bullet', 'v1', [h('a')])).size).toBe(0);
  });

  it('prunes texts the workspace no longer holds and older rules, of one kind, and ignores unknown workspaces', async () => {
    const ws = (await s().workspaces.create()).id;
    await s().analyses.put(ws, 'bullet', 'v1', [{ hash: h('a'), json: '1' }, { hash: h('b'), json: '2' }]);
    await s().analyses.put(ws, 'bullet', 'v2', [{ hash: h('c'), json: '3' }]);
    await s().analyses.put(ws, 'story', 'v2', [{ hash: h('d'), json: '4' }]);
    await s().analyses.prune(ws, 'bullet', 'v2', [h('a'), h('c')]);
    expect([...(await s().analyses.get(ws, 'bullet', 'v1', [h('a'), h('b')])).keys()]).toEqual([]);
    expect([...(await s().analyses.get(ws, 'bullet', 'v2', [h('a'), h('b'), h('c')])).keys()]).toEqual([h('c')]);
    expect([...(await s().analyses.get(ws, 'story', 'v2', [h('d')])).keys()]).toEqual([h('d')]);
    await s().analyses.prune(ws, 'story', 'v2', []);
    expect((await s().analyses.get(ws, 'story', 'v2', [h('d')])).size).toBe(0);
    const gone = '0'.repeat(32);
    await s().analyses.put(gone, 'bullet', 'v1', [{ hash: h('a'), json: '1' }]);
    expect((await s().analyses.get(gone, 'bullet', 'v1', [h('a')])).size).toBe(0);
  });
});

forEachStore('deleting a workspace', (s, backend) => {
  /** One of everything a workspace can hold. */
  async function fill(store: Store): Promise<string> {
    const ws = (await store.workspaces.create()).id;
    const r = await store.roles.add(ws, role('Manager'));
    const [b] = await store.bullets.add(ws, ['private text', 'more private text'], r.id);
    await store.bullets.update(ws, b!.id, 'private text 2');
    const st = await store.stories.add(ws, { ...story(), bulletId: b!.id });
    await store.stories.addRun(ws, st.id, { seconds: 60, rating: 3, hidden: true });
    await store.resume.saveProfile(ws, { basics: { name: 'Dana Reyes' }, education: [], certificates: [{ name: 'CMPE' }], skills: [] });
    await store.dictionary.add(ws, 'Carefinder');
    await store.analyses.put(ws, 'bullet', 'v1', [{ hash: 'a'.repeat(64), json: '{"text":"private text 2"}' }]);
    const p = await store.postings.add(ws, { title: 'Director', text: 'CPHQ required.', source: 'paste' });
    await store.postings.saveVersion(ws, p.id, { resume: { basics: { name: 'Dana Reyes' } }, bullets: 0, leftOut: 0 });
    return ws;
  }

  it('removes every row the workspace owns, in every table, and nothing of another workspace', async () => {
    const a = await fill(s());
    const one = await backend.rowCounts(s());
    const dataTables = Object.keys(one).filter((t) => !SHARED_TABLES.has(t));
    for (const t of dataTables) expect(one[t], `rows in ${t} after filling one workspace`).toBeGreaterThan(0);
    const b = await fill(s());
    expect(await s().workspaces.delete(a)).toBe(true);
    expect(await s().workspaces.snapshot(a)).toBeNull();
    expect(await backend.rowCounts(s())).toEqual(one);
    expect(await s().workspaces.delete(b)).toBe(true);
    const none = await backend.rowCounts(s());
    for (const t of dataTables) expect(none[t], `rows left in ${t}`).toBe(0);
    expect(await s().workspaces.delete(b)).toBe(false);
  });
});
