// Postings and their tailored versions, against SQLite and PostgreSQL alike: kept per workspace, newest first,
// limits, isolation between workspaces, and deletion that takes the versions with it.
import { expect, it } from 'vitest';
import { POSTING_LIMITS } from '../../src/store/postings.ts';
import { StoreError } from '../../src/store/types.ts';
import { forEachStore } from './backends.ts';

const posting = (n = 1) => ({ title: `Director ${n}`, text: `Requirements\n- CPHQ required (${n}).`, source: 'paste' as const });
const tailored = { resume: { basics: { name: 'Dana Reyes' }, work: [{ position: 'Manager', highlights: ['Cut denials 30%.', 'Led 12 staff.'] }] }, bullets: 2, leftOut: 1 };

forEachStore('postings', (s) => {
  it('keeps several postings per workspace, newest first, each readable only in its workspace', async () => {
    const ws = (await s().workspaces.create()).id;
    const other = (await s().workspaces.create()).id;
    const a = await s().postings.add(ws, posting(1));
    const b = await s().postings.add(ws, { ...posting(2), source: 'docx' });
    expect(a).toMatchObject({ title: 'Director 1', text: posting(1).text, source: 'paste' });
    expect((await s().postings.list(ws)).map((p) => p.id)).toEqual([b.id, a.id]);
    expect(await s().postings.get(ws, a.id)).toEqual(a);
    expect(await s().postings.get(other, a.id)).toBeNull();
    expect(await s().postings.list(other)).toEqual([]);
    expect(await s().postings.remove(other, a.id)).toBe(false);
  });

  it('saves tailored versions as their own JSON Resume, newest first, and deletes them with the posting', async () => {
    const ws = (await s().workspaces.create()).id;
    const p = await s().postings.add(ws, posting());
    const v1 = await s().postings.saveVersion(ws, p.id, tailored);
    const v2 = await s().postings.saveVersion(ws, p.id, { ...tailored, leftOut: 0 });
    expect(v1).toMatchObject({ postingId: p.id, bullets: 2, leftOut: 1, resume: tailored.resume });
    expect((await s().postings.versions(ws, p.id)).map((v) => v.id)).toEqual([v2!.id, v1!.id]);
    expect(await s().postings.version(ws, p.id, v1!.id)).toEqual(v1);
    const other = (await s().workspaces.create()).id;
    expect(await s().postings.version(other, p.id, v1!.id)).toBeNull();
    expect(await s().postings.saveVersion(other, p.id, tailored)).toBeNull();
    expect(await s().postings.remove(ws, p.id)).toBe(true);
    expect(await s().postings.versions(ws, p.id)).toEqual([]);
    expect(await s().postings.version(ws, p.id, v1!.id)).toBeNull();
  });

  it('goes with its workspace', async () => {
    const ws = (await s().workspaces.create()).id;
    const p = await s().postings.add(ws, posting());
    await s().postings.saveVersion(ws, p.id, tailored);
    await s().workspaces.delete(ws);
    expect(await s().postings.list(ws)).toEqual([]);
    await expect(s().postings.add(ws, posting())).rejects.toBeInstanceOf(StoreError);
  });

  it('refuses more than a workspace keeps, and an oversized posting', async () => {
    const ws = (await s().workspaces.create()).id;
    for (let i = 0; i < POSTING_LIMITS.postingsPerWorkspace; i++) await s().postings.add(ws, posting(i));
    await expect(s().postings.add(ws, posting(99))).rejects.toMatchObject({ code: 'workspace_full' });
    const ws2 = (await s().workspaces.create()).id;
    await expect(s().postings.add(ws2, { ...posting(), text: 'x'.repeat(POSTING_LIMITS.postingChars + 1) })).rejects.toMatchObject({ code: 'invalid' });
  });
});
