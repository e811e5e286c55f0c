// "Use this": the engine's rewrite replaces the bullet, the old version stays restorable, and a stale suggestion
// (the bullet changed meanwhile) changes nothing. The engine is replaced by a fixed one so the flow is tested alone.
import { describe, expect, it, vi } from 'vitest';
import { browser, newWorkspace, testApp } from './helpers.ts';

vi.mock('../../src/analyze/index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/analyze/index.ts')>();
  const analyzeBullet = (text: string) => ({
    ...real.analyzeBullet(text),
    rewrite: text.startsWith('Responsible for')
      ? { text: `Cut [KPI] [by how much] by ${text.slice('Responsible for '.length)}`, placeholders: ['[KPI]', '[by how much]'] }
      : text.startsWith('Managed')
        ? { text: `Cut overtime 12% by ${text.slice('Managed '.length)}`, placeholders: [] }
        : null,
  });
  return { ...real, analyzeBullet, analyze: (text: string, kind?: 'bullet' | 'story') => (kind === 'story' ? real.analyzeStory(text) : analyzeBullet(text)) };
});

describe('using a rewrite', () => {
  it('replaces the bullet and keeps the old version restorable', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'Managed staff scheduling');
    const bullet = (await store.workspaces.snapshot(id))!.bullets[0]!;
    const page = await b.get(`/w/${id}`);
    const suggested = /name="rewrite" value="([^"]+)"/.exec(page.text)![1]!;
    expect(suggested).toBe('Cut overtime 12% by staff scheduling');

    const used = await b.form(`/w/${id}/bullets/${bullet.id}/use-rewrite`, { rewrite: suggested });
    expect(used.headers.location).toBe(`/w/${id}?notice=rewrite#b-${bullet.id}`);
    expect((await store.bullets.get(id, bullet.id))!.text).toBe(suggested);
    const after = await b.get(`/w/${id}?notice=rewrite`);
    expect(after.text).toContain('Used the suggested rewrite');

    const [current, old] = await store.bullets.history(id, bullet.id);
    expect([current!.reason, old!.text]).toEqual(['rewrite', 'Managed staff scheduling']);
    await b.form(`/w/${id}/bullets/${bullet.id}/restore`, { versionId: String(old!.id) });
    expect((await store.bullets.get(id, bullet.id))!.text).toBe('Managed staff scheduling');
  });

  it('never uses a rewrite with brackets as it stands: it waits for the answers', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'Responsible for staff scheduling');
    const bullet = (await store.workspaces.snapshot(id))!.bullets[0]!;
    const page = await b.get(`/w/${id}`);
    expect(page.text).not.toContain('/use-rewrite');
    const res = await b.form(`/w/${id}/bullets/${bullet.id}/use-rewrite`, { rewrite: 'Cut [KPI] [by how much] by staff scheduling' });
    expect(res.headers.location).toBe(`/w/${id}?notice=answer-first#b-${bullet.id}`);
    expect((await store.bullets.get(id, bullet.id))!.text).toBe('Responsible for staff scheduling');
    expect((await b.get(`/w/${id}?notice=answer-first`)).text).toContain('answer its questions to use it');
  });

  it('ignores a suggestion for an older version of the bullet', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'Responsible for staff scheduling');
    const bullet = (await store.workspaces.snapshot(id))!.bullets[0]!;
    await b.get(`/w/${id}`);
    await store.bullets.update(id, bullet.id, 'Responsible for budgets');
    const res = await b.form(`/w/${id}/bullets/${bullet.id}/use-rewrite`, { rewrite: 'Cut [KPI] [by how much] by staff scheduling' });
    expect(res.headers.location).toBe(`/w/${id}?notice=stale#b-${bullet.id}`);
    expect((await store.bullets.get(id, bullet.id))!.text).toBe('Responsible for budgets');
    // A made-up "rewrite" is never written either.
    await b.form(`/w/${id}/bullets/${bullet.id}/use-rewrite`, { rewrite: 'Saved $9M single-handedly' });
    expect((await store.bullets.get(id, bullet.id))!.text).toBe('Responsible for budgets');
  });
});
