// Two app instances started as `npm start` starts one, on one PostgreSQL (a throw-away cluster): what one writes the
// other reads, edits and deletes; a form served by one posts to the other; and every acknowledged write survives the
// first being killed with SIGKILL.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../scripts/pg-cluster.ts';
import { postgresBackend } from '../store/backends.ts';
import { startServer } from './spawn.ts';

const pg = postgresBackend();

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const json = (method: string, body?: unknown) => ({
  method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
});

interface WorkspaceJson { id: string; bullets: { id: number; text: string }[] }

(pg.available ? describe : describe.skip)('two instances on one PostgreSQL', () => {
  const children: ChildProcess[] = [];
  let env: Record<string, string>;
  beforeAll(async () => {
    await pg.setUp();
    env = { DATABASE_URL: await createDatabase(pg.cluster!.url, 'rv_instances'), CSRF_SECRET: '' };
  });
  afterAll(async () => {
    await Promise.all(children.map(killHard));
  });

  it('share every bullet, and keep every acknowledged write when one is killed with SIGKILL', { timeout: 120_000 }, async () => {
    // Started together: both run the migrations, one under the lock, the other finds them done.
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    children.push(a.child, b.child);
    for (const { base } of [a, b]) expect((await fetch(`${base}/healthz`)).status).toBe(200);

    const created = await fetch(`${a.base}/api/v1/workspaces`, json('POST', { items: ['Cut RN overtime 22%', 'Reduced LWBS 2 pts', 'Answered phones'] }));
    expect(created.status).toBe(201);
    const ws = ((await created.json()) as { workspace: WorkspaceJson }).workspace;
    const [first, second, third] = ws.bullets;

    // Read, edit and delete through the other instance.
    const read = (await (await fetch(`${b.base}/api/v1/workspaces/${ws.id}`)).json()) as { workspace: WorkspaceJson };
    expect(read.workspace.bullets.map((x) => x.text)).toEqual(['Cut RN overtime 22%', 'Reduced LWBS 2 pts', 'Answered phones']);
    expect((await fetch(`${b.base}/api/v1/workspaces/${ws.id}/bullets/${second!.id}`, json('PUT', { text: 'Reduced LWBS from 4% to 2%' }))).status).toBe(200);
    expect((await fetch(`${b.base}/api/v1/workspaces/${ws.id}/bullets/${third!.id}`, { method: 'DELETE' })).status).toBe(204);
    const history = (await (await fetch(`${a.base}/api/v1/workspaces/${ws.id}/bullets/${second!.id}`)).json()) as { history: { text: string; reason: string }[] };
    expect(history.history.map((v) => [v.reason, v.text])).toEqual([['edited', 'Reduced LWBS from 4% to 2%'], ['created', 'Reduced LWBS 2 pts']]);
    expect((await fetch(`${a.base}/api/v1/workspaces/${ws.id}/bullets/${third!.id}`)).status).toBe(404);

    // A form page served by one instance posts to the other: both sign with the secret kept in the database.
    const page = await fetch(`${a.base}/w/${ws.id}`, { headers: { Accept: 'text/html' } });
    const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const posted = await fetch(`${b.base}/w/${ws.id}/bullets`, {
      method: 'POST', redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      body: new URLSearchParams({ _csrf: token, bullets: 'Achieved zero findings on re-survey' }).toString(),
    });
    expect(posted.status).toBe(303);

    // The last write goes through the first instance, which is killed the moment it answers.
    const added = await fetch(`${a.base}/api/v1/workspaces/${ws.id}/bullets`, json('POST', { items: ['Grew telehealth visits from 4% to 16%'] }));
    expect(added.status).toBe(201);
    await killHard(a.child);

    const after = (await (await fetch(`${b.base}/api/v1/workspaces/${ws.id}`)).json()) as { workspace: WorkspaceJson };
    expect(after.workspace.bullets.map((x) => x.text)).toEqual([
      'Cut RN overtime 22%', 'Reduced LWBS from 4% to 2%', 'Achieved zero findings on re-survey', 'Grew telehealth visits from 4% to 16%',
    ]);
    expect(after.workspace.bullets[0]!.id).toBe(first!.id);

    // A new instance started after the kill sees the same, and deleting the workspace there removes it for all.
    const c = await startServer(env);
    children.push(c.child);
    expect(((await (await fetch(`${c.base}/api/v1/workspaces/${ws.id}`)).json()) as { workspace: WorkspaceJson }).workspace.bullets).toHaveLength(4);
    expect((await fetch(`${c.base}/api/v1/workspaces/${ws.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(`${b.base}/api/v1/workspaces/${ws.id}`)).status).toBe(404);
  });
});
