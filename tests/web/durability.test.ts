// An acknowledged write survives `kill -9` of the server right after the answer: spawn, save, kill, restart, read.
import { afterAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { startServer } from './spawn.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'rv-durable-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const json = (method: string, body?: unknown) => ({
  method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
});

describe('durability', () => {
  it('keeps every acknowledged write across kill -9 and a restart', { timeout: 120_000 }, async () => {
    let { child, base } = await startServer({ DATA_DIR: dataDir });
    const created = await fetch(`${base}/api/v1/workspaces`, json('POST', { items: ['Cut RN overtime 22%', 'Reduced LWBS 2 pts'] }));
    expect(created.status).toBe(201);
    const ws = ((await created.json()) as { workspace: { id: string; bullets: { id: number }[] } }).workspace;
    const edited = await fetch(`${base}/api/v1/workspaces/${ws.id}/bullets/${ws.bullets[1]!.id}`, json('PUT', { text: 'Reduced LWBS from 4% to 2%' }));
    expect(edited.status).toBe(200);
    const added = await fetch(`${base}/api/v1/workspaces/${ws.id}/bullets`, json('POST', { items: ['Achieved zero findings on re-survey'] }));
    expect(added.status).toBe(201);
    await killHard(child); // immediately after the last acknowledgement

    ({ child, base } = await startServer({ DATA_DIR: dataDir }));
    try {
      const read = await fetch(`${base}/api/v1/workspaces/${ws.id}`);
      expect(read.status).toBe(200);
      const body = (await read.json()) as { workspace: { bullets: { text: string }[] } };
      expect(body.workspace.bullets.map((b) => b.text)).toEqual(['Cut RN overtime 22%', 'Reduced LWBS from 4% to 2%', 'Achieved zero findings on re-survey']);
    } finally {
      await killHard(child);
    }
  });
});
