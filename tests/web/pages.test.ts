import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { browser, newWorkspace, testApp, tokenIn } from './helpers.ts';
import { GUIDE_EXAMPLES } from '../../src/web/examples.ts';

const XSS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];

describe('landing page', () => {
  it('says what the tool does and offers the paste box and the guide examples', async () => {
    const { app } = testApp();
    const res = await request(app).get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<textarea id="bullets" name="bullets"');
    expect(res.text).toContain('value="example"');
    expect(String(res.headers['set-cookie'])).toMatch(/rv_csrf=.*HttpOnly.*SameSite=Lax/i);
  });

  it('creates a workspace from pasted bullets, remembers it, and goes straight back to it', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, '• Cut RN overtime 22%\n\n2. Reduced LWBS 2 pts\n   \n- Helped with budgets');
    const snap = await store.workspaces.snapshot(id);
    expect(snap!.bullets.map((x) => x.text)).toEqual(['Cut RN overtime 22%', 'Reduced LWBS 2 pts', 'Helped with budgets']);
    const again = await b.get('/');
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe(`/w/${id}`);
    expect((await b.get('/?new')).status).toBe(200);
    const page = await b.get(`/w/${id}`);
    expect(page.status).toBe(200);
    expect(page.text.match(/class="bullet card/g)).toHaveLength(3);
    expect(page.text).toContain('id="summary"');
    expect(page.text).toContain('<svg class="domain-chart"');
  });

  it('opens from the private link in another browser, which then remembers it', async () => {
    const { app } = testApp();
    const id = await newWorkspace(browser(app), 'Cut denials 12% by fixing eligibility checks');
    const other = browser(app);
    const res = await other.get(`/w/${id}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Cut denials 12%');
    expect(String(res.headers['set-cookie'])).toMatch(new RegExp(`rv_ws=${id};.*HttpOnly.*SameSite=Lax`, 'i'));
    expect((await other.get('/')).headers.location).toBe(`/w/${id}`);
  });

  it('loads the guide’s examples with one click', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    await b.get('/');
    const res = await b.form('/w', { action: 'example', bullets: '' });
    const id = /\/w\/(\w+)/.exec(String(res.headers.location))![1]!;
    expect((await store.workspaces.snapshot(id))!.bullets.map((x) => x.text)).toEqual([...GUIDE_EXAMPLES]);
  });

  it.each([
    ['nothing', '  \n \n', 400, /at least one bullet/],
    ['201 bullets', Array.from({ length: 201 }, (_, i) => `Cut waits ${i}%`).join('\n'), 413, /at most 200/],
    ['a 1,001-character line', 'ok\n' + 'x'.repeat(1001), 400, /Bullet 2 is 1,001 characters/],
    ['binary', 'PK\u0003\u0004\u0000\u0000', 400, /does not look like text/],
  ])('refuses %s, keeps what was typed, and saves nothing', async (_what, bullets, status, message) => {
    const { app, store } = testApp();
    const b = browser(app);
    await b.get('/');
    const res = await b.form('/w', { bullets, action: 'analyze' });
    expect(res.status).toBe(status);
    expect(res.text).toMatch(message);
    expect(res.text).toContain('role="alert"');
    if (bullets.length < 5000 && !bullets.includes('\u0000')) expect(res.text).toContain(bullets.split('\n')[0]!.replace(/%/g, '%'));
    expect(store.db.prepare('SELECT count(*) AS n FROM workspaces').get()).toEqual({ n: 0 });
  });
});

describe('workspace page', () => {
  it('shows user text as text, never as markup, in every view', async () => {
    const { app } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, XSS.join('\n'));
    const page = await b.get(`/w/${id}`);
    expect(page.text).not.toContain('<script>alert');
    expect(page.text).not.toContain('<img src');
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).toContain('&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;');
    const api = await request(app).get(`/api/v1/workspaces/${id}`);
    expect(api.type).toBe('application/json');
    expect(api.body.workspace.bullets.map((x: { text: string }) => x.text)).toEqual(XSS);
  });

  it('edits a bullet in place; the old version stays restorable', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'Responsible for scheduling');
    const bullet = (await store.workspaces.snapshot(id))!.bullets[0]!;
    await b.get(`/w/${id}`);
    const saved = await b.form(`/w/${id}/bullets/${bullet.id}`, { text: 'Cut no-shows from 18% to 11% by SMS reminders' });
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe(`/w/${id}?notice=saved#b-${bullet.id}`);
    const page = await b.get(`/w/${id}?notice=saved`);
    expect(page.text).toContain('Saved.');
    expect(page.text).toContain('History (2)');
    const versions = await store.bullets.history(id, bullet.id);
    const restored = await b.form(`/w/${id}/bullets/${bullet.id}/restore`, { versionId: String(versions[1]!.id) });
    expect(restored.status).toBe(303);
    expect((await store.bullets.get(id, bullet.id))!.text).toBe('Responsible for scheduling');
    expect(await store.bullets.history(id, bullet.id)).toHaveLength(3);
  });

  it('refuses an over-long edit, reopening the editor with the user’s text and keeping the saved one', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'Cut waits 5%');
    const bullet = (await store.workspaces.snapshot(id))!.bullets[0]!;
    await b.get(`/w/${id}`);
    const long = 'Cut waits ' + 'very '.repeat(200);
    const res = await b.form(`/w/${id}/bullets/${bullet.id}`, { text: long });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/at most 1,000 characters/);
    expect(res.text).toContain(long.trim());
    expect(res.text).toMatch(/<details class="tool edit-tool" open>/);
    expect((await store.bullets.get(id, bullet.id))!.text).toBe('Cut waits 5%');
  });

  it('adds, reorders, groups under roles and deletes bullets', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'first\nsecond');
    await b.get(`/w/${id}`);
    expect((await b.form(`/w/${id}/roles`, { title: 'Practice Manager', employer: 'Mercy Clinic', location: 'Tulsa', startDate: '2021', endDate: 'Present' })).status).toBe(303);
    const role = (await store.workspaces.snapshot(id))!.roles[0]!;
    expect((await b.form(`/w/${id}/bullets`, { bullets: 'third\nfourth', roleId: String(role.id) })).status).toBe(303);
    let snap = (await store.workspaces.snapshot(id))!;
    const [first, second] = snap.bullets;
    expect((await b.form(`/w/${id}/bullets/${second!.id}/move`, { direction: 'up' })).status).toBe(303);
    expect((await b.form(`/w/${id}/bullets/${first!.id}/role`, { roleId: String(role.id) })).status).toBe(303);
    snap = (await store.workspaces.snapshot(id))!;
    expect(snap.bullets.map((x) => [x.text, x.roleId])).toEqual([['second', null], ['third', role.id], ['fourth', role.id], ['first', role.id]]);
    expect((await b.form(`/w/${id}/bullets/${second!.id}/delete`, {})).status).toBe(303);
    const page = await b.get(`/w/${id}`);
    expect(page.text).toContain('Practice Manager · Mercy Clinic');
    expect(page.text).toContain('2021 – Present · Tulsa');
    expect(page.text.match(/class="bullet card/g)).toHaveLength(3);
  });

  it('stays usable with no bullets left', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'only one');
    await b.get(`/w/${id}`);
    const only = (await store.workspaces.snapshot(id))!.bullets[0]!;
    await b.form(`/w/${id}/bullets/${only.id}/delete`, {});
    const page = await b.get(`/w/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('No bullets yet. Add them below');
    expect(page.text).not.toContain('id="summary"');
  });

  it('refuses a role without a title, keeping the page usable', async () => {
    const { app } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'one');
    await b.get(`/w/${id}`);
    const res = await b.form(`/w/${id}/roles`, { title: '  ', employer: 'x' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Title is required.');
  });

  it('deletes the workspace only when confirmed, then forgets it completely', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'a private bullet');
    await b.get(`/w/${id}`);
    expect((await b.form(`/w/${id}/delete`, {})).status).toBe(400);
    expect(await store.workspaces.get(id)).not.toBeNull();
    const res = await b.form(`/w/${id}/delete`, { confirm: 'yes' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/?notice=deleted');
    expect(String(res.headers['set-cookie'])).toMatch(/rv_ws=;/);
    expect(await store.workspaces.get(id)).toBeNull();
    expect((await b.get(`/w/${id}`)).status).toBe(404);
    const home = await b.get('/?notice=deleted');
    expect(home.status).toBe(200);
    expect(home.text).toContain('has been deleted');
  });
});

describe('security', () => {
  it('refuses a form post without a valid CSRF token and changes nothing', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'keep me');
    for (const token of [undefined, 'forged', tokenIn((await request(app).get('/')).text)]) {
      const res = await b.agent.post(`/w/${id}/delete`).type('form').set('Accept', 'text/html').send({ confirm: 'yes', ...(token ? { _csrf: token } : {}) });
      expect(res.status).toBe(403);
      expect(res.text).toContain('This form has expired');
    }
    expect(await store.workspaces.get(id)).not.toBeNull();
  });

  it('sends a strict CSP with no inline script, and no inline script or style is on any page', async () => {
    const { app } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'Cut overtime 22% by float pools');
    for (const path of ['/', `/w/${id}`, '/nope']) {
      const res = await b.get(path);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(res.text).not.toMatch(/\son\w+=/);
      expect(res.text).not.toMatch(/\sstyle=/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('keeps user text out of the logs, even when things go wrong', async () => {
    const { app, logs } = testApp();
    const b = browser(app);
    const secret = 'Reduced-denials-SECRET-MARKER 12%';
    const id = await newWorkspace(b, secret);
    await b.get(`/w/${id}`);
    await request(app).post('/api/v1/analyze').set('Content-Type', 'application/json').send(`{"items": ["${secret}"`);
    await request(app).post('/api/v1/analyze').send({ items: [secret] });
    const all = logs.join('\n');
    expect(logs.length).toBeGreaterThan(3);
    expect(all).not.toContain('SECRET-MARKER');
    expect(all).not.toContain(id);
    expect(all).toContain('GET /w/:workspace 200');
  });

  it('rate-limits form posts', async () => {
    const { app } = testApp({ rateLimits: { formsPerMinute: 2 } });
    const b = browser(app);
    await b.get('/');
    await b.form('/w', { bullets: 'a' });
    await b.form('/w', { bullets: 'b' });
    const res = await b.form('/w', { bullets: 'c' });
    expect(res.status).toBe(429);
    expect(res.text).toContain('Too many changes');
  });
});

describe('errors', () => {
  it('renders a 404 page in the app’s look, and JSON for JSON clients', async () => {
    const { app } = testApp();
    const html = await request(app).get('/no/such/page').set('Accept', 'text/html');
    expect(html.status).toBe(404);
    expect(html.text).toContain('Page not found');
    expect(html.text).toContain('href="/app.css"');
    const json = await request(app).get('/no/such/page').set('Accept', 'application/json');
    expect(json.status).toBe(404);
    expect(json.body.error.code).toBe('not_found');
  });

  it('renders a 500 page that leaks nothing, and logs the error without user text', async () => {
    const { app, store, logs } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'a bullet');
    store.workspaces.snapshot = async () => { throw new Error('disk exploded while reading SECRET-MARKER'); };
    const res = await b.get(`/w/${id}`);
    expect(res.status).toBe(500);
    expect(res.text).toContain('Something went wrong');
    expect(res.text).not.toContain('disk exploded');
    expect(res.text).not.toContain('at ');
    const json = await request(app).get(`/api/v1/workspaces/${id}`);
    expect(json.status).toBe(500);
    expect(json.body).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
    expect(logs.join('\n')).toMatch(/error Error\n\s+at /);
    expect(logs.join('\n')).not.toContain('SECRET-MARKER');
  });
});

describe('honest answers across workspaces', () => {
  it('a form post on another workspace’s bullet, role or story answers 404 and changes nothing', async () => {
    const { app, store } = testApp();
    const mine = browser(app);
    const myWs = await newWorkspace(mine, 'Cut denials 12% by fixing eligibility checks');
    const theirWs = await newWorkspace(browser(app), 'Reduced LWBS 2 pts with split-flow triage');
    const role = await store.roles.add(theirWs, { title: 'Director', employer: '', location: '', startDate: '', endDate: '' });
    const [theirBullet] = (await store.workspaces.snapshot(theirWs))!.bullets;
    const story = await store.stories.add(theirWs, { title: 'Theirs', text: 'Our ED had a 6% LWBS rate. I led split-flow triage. LWBS fell to 2%.', promptId: null, bulletId: null });
    await mine.get(`/w/${myWs}`);
    for (const [path, fields] of [
      [`/w/${myWs}/bullets/${theirBullet!.id}/delete`, {}],
      [`/w/${myWs}/bullets/${theirBullet!.id}/move`, { direction: 'up' }],
      [`/w/${myWs}/roles/${role.id}/delete`, {}],
      [`/w/${myWs}/roles/${role.id}/move`, { direction: 'down' }],
      [`/w/${myWs}/stories/${story.id}/delete`, {}],
    ] as const) {
      const res = await mine.form(path, fields);
      expect(res.status, path).toBe(404);
      expect(res.text, path).not.toMatch(/deleted\.|Moved\.|removed\./);
      expect(res.text, path).toMatch(/no longer in this workspace/);
    }
    const theirs = (await store.workspaces.snapshot(theirWs))!;
    expect(theirs.bullets.map((b) => b.id)).toEqual([theirBullet!.id]);
    expect(theirs.roles.map((r) => r.id)).toEqual([role.id]);
    expect((await store.stories.list(theirWs)).map((s) => s.id)).toEqual([story.id]);
  });

  it('opening someone else’s link does not replace the workspace this browser remembers; it asks', async () => {
    const { app } = testApp();
    const mine = browser(app);
    const myWs = await newWorkspace(mine, 'Cut denials 12% by fixing eligibility checks');
    const theirWs = await newWorkspace(browser(app), 'Reduced LWBS 2 pts with split-flow triage');
    const opened = await mine.get(`/w/${theirWs}`);
    expect(opened.status).toBe(200);
    expect(String(opened.headers['set-cookie'] ?? '')).not.toContain(`rv_ws=${theirWs}`);
    expect(opened.text).toContain('This is not the workspace this browser remembers');
    expect(opened.text).toContain(`href="/w/${myWs}"`);
    expect((await mine.get('/')).headers.location).toBe(`/w/${myWs}`);
    expect((await mine.get(`/w/${myWs}`)).text).not.toContain('This is not the workspace');
    // Choosing the other one is a deliberate form post.
    await mine.get(`/w/${theirWs}`);
    expect((await mine.form(`/w/${theirWs}/remember`, {})).status).toBe(303);
    expect((await mine.get('/')).headers.location).toBe(`/w/${theirWs}`);
  });
});
