import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { BulletResultSchema, StoryResultSchema, type BulletResult } from '../../src/analyze/types.ts';
import { testApp } from './helpers.ts';

const GUIDE = 'Cut RN overtime 22% through float pool expansion and self-scheduling; agency spend –$1.1M';

describe('POST /api/v1/analyze', () => {
  it('answers the contract: one result per item, in order, bullet marks dropped', async () => {
    const { app } = testApp();
    const res = await request(app).post('/api/v1/analyze').send({ items: ['• ' + GUIDE, '2. Reduced no-shows 7%'] });
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json');
    expect(res.body.results).toHaveLength(2);
    const [a, b] = (res.body.results as unknown[]).map((r) => BulletResultSchema.parse(r)) as [BulletResult, BulletResult];
    expect(a.text).toBe(GUIDE);
    expect(b.text).toBe('Reduced no-shows 7%');
    for (const r of [a, b]) {
      for (const spans of Object.values(r.components)) {
        for (const s of spans) expect(r.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it('analyses stories with kind: story', async () => {
    const { app } = testApp();
    const res = await request(app).post('/api/v1/analyze').send({ kind: 'story', items: ['Our ED had a 6% LWBS rate.\nI led split-flow triage.'] });
    expect(res.status).toBe(200);
    StoryResultSchema.parse(res.body.results[0]);
  });

  it.each([
    ['malformed JSON', (r: request.Test) => r.set('Content-Type', 'application/json').send('{"items": ['), 400, 'malformed_json'],
    ['a form body', (r: request.Test) => r.type('form').send('items=a'), 415, 'unsupported_media_type'],
    ['text/plain', (r: request.Test) => r.set('Content-Type', 'text/plain').send('hello'), 415, 'unsupported_media_type'],
    ['no items', (r: request.Test) => r.send({}), 400, 'invalid_request'],
    ['items not strings', (r: request.Test) => r.send({ items: [1, null] }), 400, 'invalid_request'],
    ['an unknown kind', (r: request.Test) => r.send({ kind: 'poem', items: ['x'] }), 400, 'invalid_request'],
    ['an unknown field', (r: request.Test) => r.send({ items: ['x'], extra: 1 }), 400, 'invalid_request'],
    ['an empty item', (r: request.Test) => r.send({ items: ['ok', '  '] }), 400, 'invalid_request'],
    ['201 items', (r: request.Test) => r.send({ items: Array(201).fill('Cut overtime 5%') }), 400, 'invalid_request'],
    ['a 1,001-character bullet', (r: request.Test) => r.send({ items: ['x'.repeat(1001)] }), 400, 'invalid_request'],
    ['binary', (r: request.Test) => r.send({ items: ['PK\u0003\u0004\u0000\u0000garbage'] }), 400, 'invalid_request'],
    ['a body over 1 MB', (r: request.Test) => r.send({ items: ['x'.repeat(1_100_000)] }), 413, 'payload_too_large'],
    ['a JSON array body', (r: request.Test) => r.send(['x']), 400, 'invalid_request'],
    ['JSON declared as UTF-16', (r: request.Test) => r.set('Content-Type', 'application/json; charset=utf-16').send(Buffer.from('{"items":["x"]}', 'utf16le')), 415, 'unsupported_encoding'],
    ['JSON declared as latin1', (r: request.Test) => r.set('Content-Type', 'application/json; charset=latin1').send('{"items":["x"]}'), 415, 'unsupported_encoding'],
    ['a story over the analyzer limit', (r: request.Test) => r.send({ kind: 'story', items: ['x '.repeat(10_001)] }), 400, 'invalid_request'],
    ['more text than one request may analyse', (r: request.Test) => r.send({ kind: 'story', items: Array(11).fill('Cut overtime 5%. '.repeat(1100)) }), 413, 'too_much_text'],
  ])('refuses %s with a clear JSON error', async (_what, send, status, code) => {
    const { app } = testApp();
    const res = await send(request(app).post('/api/v1/analyze'));
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toMatch(/\w{3,}/);
  });

  it('names the offending item in the issues', async () => {
    const { app } = testApp();
    const res = await request(app).post('/api/v1/analyze').send({ items: ['fine', 'y'.repeat(1001)] });
    expect(res.body.error.issues).toEqual([{ path: 'items.1', message: expect.stringMatching(/at most 1,000 characters/) }]);
  });

  it('rate-limits the API with a JSON 429', async () => {
    const { app } = testApp({ rateLimits: { apiPerMinute: 3 } });
    for (let i = 0; i < 3; i++) expect((await request(app).post('/api/v1/analyze').send({ items: ['a'] })).status).toBe(200);
    const res = await request(app).post('/api/v1/analyze').send({ items: ['a'] });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
    expect(res.headers['ratelimit-policy']).toBeDefined();
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const { app } = testApp();
    const res = await request(app).get('/api/v1/nothing').set('Accept', 'text/html');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('workspace API', () => {
  it('creates, reads, adds, edits (keeping history) and deletes bullets', async () => {
    const { app } = testApp();
    const created = await request(app).post('/api/v1/workspaces').send({ items: ['- ' + GUIDE] });
    expect(created.status).toBe(201);
    const ws = created.body.workspace;
    expect(ws.id).toMatch(/^[0-9a-f]{32}$/);
    expect(ws.bullets[0].text).toBe(GUIDE);
    BulletResultSchema.parse(ws.bullets[0].result);

    const added = await request(app).post(`/api/v1/workspaces/${ws.id}/bullets`).send({ items: ['Reduced LWBS 2 pts', 'Cut denials 10%'] });
    expect(added.status).toBe(201);
    expect(added.body.bullets.map((b: { text: string }) => b.text)).toEqual(['Reduced LWBS 2 pts', 'Cut denials 10%']);
    const id = added.body.bullets[0].id;

    const edited = await request(app).put(`/api/v1/workspaces/${ws.id}/bullets/${id}`).send({ text: 'Reduced LWBS from 4% to 2%' });
    expect(edited.status).toBe(200);
    expect(edited.body.bullet.text).toBe('Reduced LWBS from 4% to 2%');
    const one = await request(app).get(`/api/v1/workspaces/${ws.id}/bullets/${id}`);
    expect(one.body.history.map((v: { text: string }) => v.text)).toEqual(['Reduced LWBS from 4% to 2%', 'Reduced LWBS 2 pts']);

    expect((await request(app).delete(`/api/v1/workspaces/${ws.id}/bullets/${id}`)).status).toBe(204);
    expect((await request(app).delete(`/api/v1/workspaces/${ws.id}/bullets/${id}`)).status).toBe(404);
    const read = await request(app).get(`/api/v1/workspaces/${ws.id}`);
    expect(read.body.workspace.bullets.map((b: { text: string }) => b.text)).toEqual([GUIDE, 'Cut denials 10%']);

    expect((await request(app).delete(`/api/v1/workspaces/${ws.id}`)).status).toBe(204);
    expect((await request(app).get(`/api/v1/workspaces/${ws.id}`)).status).toBe(404);
  });

  it('saves nothing when any bullet in a batch is refused', async () => {
    const { app } = testApp();
    const ws = (await request(app).post('/api/v1/workspaces').send({})).body.workspace;
    const res = await request(app).post(`/api/v1/workspaces/${ws.id}/bullets`).send({ items: ['good one', 'z'.repeat(1001)] });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('items.1');
    expect((await request(app).get(`/api/v1/workspaces/${ws.id}`)).body.workspace.bullets).toEqual([]);
    const tooMany = await request(app).post(`/api/v1/workspaces/${ws.id}/bullets`).send({ items: Array(201).fill('a') });
    expect(tooMany.status).toBe(400);
    expect((await request(app).get(`/api/v1/workspaces/${ws.id}`)).body.workspace.bullets).toEqual([]);
  });

  it('answers 404 for unknown or malformed ids, never 500', async () => {
    const { app } = testApp();
    for (const path of ['/api/v1/workspaces/' + '0'.repeat(32), '/api/v1/workspaces/not-an-id', '/api/v1/workspaces/%00']) {
      const res = await request(app).get(path);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toMatch(/not_found/);
    }
    const ws = (await request(app).post('/api/v1/workspaces').send({})).body.workspace;
    expect((await request(app).put(`/api/v1/workspaces/${ws.id}/bullets/abc`).send({ text: 'x' })).status).toBe(400);
    expect((await request(app).put(`/api/v1/workspaces/${ws.id}/bullets/999`).send({ text: 'x' })).status).toBe(404);
  });

  it('previews a bullet as server-rendered, escaped HTML', async () => {
    const { app } = testApp();
    const res = await request(app).post('/api/v1/preview').send({ text: '<img src=x onerror=alert(1)> cut 5%' });
    expect(res.status).toBe(200);
    expect(res.body.html).toContain('&lt;img src&#61;x onerror&#61;alert(1)&gt;');
    expect(res.body.html).not.toContain('<img');
  });
});

describe('rate limits are separate', () => {
  it('form-post limits never throttle the API', async () => {
    const { app } = testApp({ rateLimits: { formsPerMinute: 1, apiPerMinute: 100 } });
    for (let i = 0; i < 5; i++) expect((await request(app).post('/api/v1/analyze').send({ items: ['a'] })).status).toBe(200);
  });
});
