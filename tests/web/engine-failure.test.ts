// One bullet the engine fails on must not hide the workspace: it shows as written, the rest are analysed, and the
// user can still edit or delete it. The error is logged without the bullet's text.
import { describe, expect, it, vi } from 'vitest';
import { browser, newWorkspace, testApp } from './helpers.ts';

vi.mock('../../src/analyze/index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/analyze/index.ts')>();
  const analyzeBullet = (text: string) => {
    if (text.includes('BOOM')) throw new Error(`engine failed on ${text}`);
    return real.analyzeBullet(text);
  };
  return { ...real, analyzeBullet };
});

describe('when the engine fails on one bullet', () => {
  it('still shows the workspace, with that bullet as written and a note', async () => {
    const { app, store, logs } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'Cut RN overtime 22% through float pools\nBOOM private words');
    const page = await b.get(`/w/${id}`);
    expect(page.status).toBe(200);
    expect(page.text.match(/class="bullet card/g)).toHaveLength(2);
    expect(page.text).toContain('This bullet could not be analysed');
    expect(page.text).toContain('BOOM private words');
    expect(logs.join('\n')).not.toContain('private words');
    const bad = (await store.workspaces.snapshot(id))!.bullets[1]!;
    expect((await b.form(`/w/${id}/bullets/${bad.id}`, { text: 'Reduced LWBS 2 pts' })).status).toBe(303);
    expect((await b.get(`/w/${id}`)).text).not.toContain('could not be analysed');
  });
});
