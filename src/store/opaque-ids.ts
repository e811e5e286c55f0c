// The ids of roles, bullets, stories and the rest as the app shows them, in URLs, forms and the JSON API: each row's
// number put through a keyed permutation, so an id says nothing about how many rows exist or which came before it
// (a sequential id does: bullet 4,812 tells a user there are 4,811 others). The store keeps its own numbering; the
// wrapper below translates on the way in and out, so every backend gets it alike and existing rows, old or new,
// need no migration: the same secret always gives the same ids.
//
// The permutation is a four-round Feistel network over 52 bits whose round function is HMAC-SHA256 under a key
// derived from the app's secret, with the kind of thing in the tweak so a bullet's id is never also a role's. Shown
// ids are 2^52 + permuted value: always 16 digits, positive, and within JSON's safe integers, as before.
import { createHmac } from 'node:crypto';
import type { PostingRepo, Posting, TailoredVersion } from './postings.ts';
import type { ResumeProfile, ResumeRepo } from './resume.ts';
import type { Rehearsal, Story, StoryRepo } from './stories.ts';
import type { Bullet, BulletRepo, BulletVersion, Role, RoleRepo, Store, WorkspaceRepo, WorkspaceSnapshot } from './types.ts';

export type IdKind = 'role' | 'bullet' | 'version' | 'story' | 'run' | 'posting' | 'tailored';

const HALF = 2 ** 26;
const MASK = HALF - 1;
const OFFSET = 2 ** 52;
const ROUNDS = 4;

export class IdCipher {
  private readonly key: Buffer;
  private readonly memo = new Map<string, number>();

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('resume-vitals opaque ids').digest();
  }

  private round(kind: IdKind, r: number, half: number): number {
    return createHmac('sha256', this.key).update(`${kind}:${r}:${half}`).digest().readUInt32BE(0) & MASK;
  }

  /** The id shown for row number `n` of this kind. */
  encode(kind: IdKind, n: number): number {
    if (!Number.isSafeInteger(n) || n < 0 || n >= OFFSET) throw new RangeError(`row number out of range: ${n}`);
    const memoKey = `${kind}:${n}`;
    const hit = this.memo.get(memoKey);
    if (hit !== undefined) return hit;
    let left = Math.floor(n / HALF);
    let right = n % HALF;
    for (let r = 0; r < ROUNDS; r++) [left, right] = [right, (left ^ this.round(kind, r, right)) >>> 0];
    const shown = OFFSET + left * HALF + right;
    if (this.memo.size > 50_000) this.memo.clear();
    this.memo.set(memoKey, shown);
    return shown;
  }

  /** The row number behind a shown id; -1 for anything that is not one (so the store finds nothing). */
  decode(kind: IdKind, shown: number): number {
    if (!Number.isSafeInteger(shown) || shown < OFFSET) return -1;
    const x = shown - OFFSET;
    let left = Math.floor(x / HALF);
    let right = x % HALF;
    for (let r = ROUNDS - 1; r >= 0; r--) [left, right] = [(right ^ this.round(kind, r, left)) >>> 0, left];
    return left * HALF + right;
  }
}

const WRAPPED = Symbol('opaque ids');

/** The store as the app uses it: every id of a role, bullet, version, story, run or posting shown opaque. */
export function withOpaqueIds<S extends Store>(store: S, secret: string): S {
  if ((store as { [WRAPPED]?: true })[WRAPPED]) return store;
  const c = new IdCipher(secret);
  const out = {
    role: (r: Role): Role => ({ ...r, id: c.encode('role', r.id) }),
    bullet: (b: Bullet): Bullet => ({ ...b, id: c.encode('bullet', b.id), roleId: b.roleId === null ? null : c.encode('role', b.roleId) }),
    version: (v: BulletVersion): BulletVersion => ({ ...v, id: c.encode('version', v.id) }),
    story: (s: Story): Story => ({ ...s, id: c.encode('story', s.id), bulletId: s.bulletId === null ? null : c.encode('bullet', s.bulletId) }),
    run: (r: Rehearsal): Rehearsal => ({ ...r, id: c.encode('run', r.id), storyId: c.encode('story', r.storyId) }),
    posting: (p: Posting): Posting => ({ ...p, id: c.encode('posting', p.id) }),
    tailored: (v: TailoredVersion): TailoredVersion => ({ ...v, id: c.encode('tailored', v.id), postingId: c.encode('posting', v.postingId) }),
  };
  const maybe = <T>(map: (x: T) => T) => (x: T | null) => (x === null ? null : map(x));
  const roleIn = (id: number | null | undefined) => (id === null || id === undefined ? id : c.decode('role', id));
  const s = store as Store;

  const workspaces: WorkspaceRepo = {
    create: () => s.workspaces.create(),
    get: (id) => s.workspaces.get(id),
    delete: (id) => s.workspaces.delete(id),
    snapshot: async (id) => {
      const snap = await s.workspaces.snapshot(id);
      return snap && ({ ...snap, roles: snap.roles.map(out.role), bullets: snap.bullets.map(out.bullet) } satisfies WorkspaceSnapshot);
    },
  };
  const roles: RoleRepo = {
    add: async (ws, f) => out.role(await s.roles.add(ws, f)),
    update: async (ws, id, f) => maybe(out.role)(await s.roles.update(ws, c.decode('role', id), f)),
    remove: (ws, id) => s.roles.remove(ws, c.decode('role', id)),
    move: (ws, id, d) => s.roles.move(ws, c.decode('role', id), d),
  };
  const bullets: BulletRepo = {
    add: async (ws, texts, roleId) => (await s.bullets.add(ws, texts, roleIn(roleId))).map(out.bullet),
    get: async (ws, id) => maybe(out.bullet)(await s.bullets.get(ws, c.decode('bullet', id))),
    update: async (ws, id, text, reason) => maybe(out.bullet)(await s.bullets.update(ws, c.decode('bullet', id), text, reason)),
    remove: (ws, id) => s.bullets.remove(ws, c.decode('bullet', id)),
    move: (ws, id, d) => s.bullets.move(ws, c.decode('bullet', id), d),
    assignRole: async (ws, id, roleId) => maybe(out.bullet)(await s.bullets.assignRole(ws, c.decode('bullet', id), roleIn(roleId) ?? null)),
    history: async (ws, id) => (await s.bullets.history(ws, c.decode('bullet', id))).map(out.version),
    histories: async (ws) => new Map([...(await s.bullets.histories(ws))].map(([id, vs]) => [c.encode('bullet', id), vs.map(out.version)])),
    restore: async (ws, id, versionId) => maybe(out.bullet)(await s.bullets.restore(ws, c.decode('bullet', id), c.decode('version', versionId))),
  };
  const stories: StoryRepo = {
    list: async (ws) => (await s.stories.list(ws)).map(out.story),
    get: async (ws, id) => maybe(out.story)(await s.stories.get(ws, c.decode('story', id))),
    add: async (ws, f) => out.story(await s.stories.add(ws, { ...f, bulletId: f.bulletId === null ? null : c.decode('bullet', f.bulletId) })),
    update: async (ws, id, f) => maybe(out.story)(await s.stories.update(ws, c.decode('story', id), f)),
    remove: (ws, id) => s.stories.remove(ws, c.decode('story', id)),
    addRun: async (ws, id, run) => maybe(out.run)(await s.stories.addRun(ws, c.decode('story', id), run)),
    runs: async (ws, id) => (await s.stories.runs(ws, c.decode('story', id))).map(out.run),
  };
  const postings: PostingRepo = {
    list: async (ws) => (await s.postings.list(ws)).map(out.posting),
    get: async (ws, id) => maybe(out.posting)(await s.postings.get(ws, c.decode('posting', id))),
    add: async (ws, f) => out.posting(await s.postings.add(ws, f)),
    remove: (ws, id) => s.postings.remove(ws, c.decode('posting', id)),
    saveVersion: async (ws, id, f) => maybe(out.tailored)(await s.postings.saveVersion(ws, c.decode('posting', id), f)),
    versions: async (ws, id) => (await s.postings.versions(ws, c.decode('posting', id))).map(out.tailored),
    version: async (ws, id, vid) => maybe(out.tailored)(await s.postings.version(ws, c.decode('posting', id), c.decode('tailored', vid))),
  };
  // The profile remembers each imported role's source entry by role id.
  const sources = (p: ResumeProfile, map: (id: number) => number): ResumeProfile => (p.roleSources
    ? { ...p, roleSources: Object.fromEntries(Object.entries(p.roleSources).map(([id, v]) => [String(map(Number(id))), v])) }
    : p);
  const resume: ResumeRepo = {
    profile: async (ws) => sources(await s.resume.profile(ws), (id) => c.encode('role', id)),
    saveProfile: async (ws, p) => sources(await s.resume.saveProfile(ws, sources(p, (id) => c.decode('role', id))), (id) => c.encode('role', id)),
    importPlan: (ws, plan) => s.resume.importPlan(ws, plan),
  };
  return { ...store, workspaces, roles, bullets, stories, postings, resume, [WRAPPED]: true } as S;
}
