// GET /healthz is what a load balancer probes: 200 while the store answers, 503 when it does not; no cookie, no log.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp } from './helpers.ts';

describe('health endpoint', () => {
  it('answers 200 while the store answers, without a cookie or a log line', async () => {
    const { app, logs } = testApp();
    const res = await request(app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(logs).toEqual([]);
    expect((await request(app).head('/healthz')).status).toBe(200);
  });

  it('answers 503 when the store does not answer', async () => {
    const { app, store } = testApp();
    await store.close();
    const res = await request(app).get('/healthz');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'unavailable', message: 'The database does not answer.' });
  });

  it('counts each client behind a trusted proxy on its own', async () => {
    const { app } = testApp({ rateLimits: { apiPerMinute: 2 }, trustProxy: 'loopback' });
    const post = (ip: string) => request(app).post('/api/v1/analyze').set('X-Forwarded-For', ip).send({ kind: 'bullet', items: ['Cut denials 32%'] });
    expect([(await post('203.0.113.1')).status, (await post('203.0.113.1')).status, (await post('203.0.113.1')).status]).toEqual([200, 200, 429]);
    expect((await post('203.0.113.2')).status).toBe(200);
    // Without TRUST_PROXY the header is ignored: everyone behind the balancer shares one count.
    const direct = testApp({ rateLimits: { apiPerMinute: 2 } }).app;
    const send = (ip: string) => request(direct).post('/api/v1/analyze').set('X-Forwarded-For', ip).send({ kind: 'bullet', items: ['Cut denials 32%'] });
    expect([(await send('203.0.113.1')).status, (await send('203.0.113.2')).status, (await send('203.0.113.3')).status]).toEqual([200, 200, 429]);
  });
});
