import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../test/harness.js';
import { startApp } from './server.js';

/** The admin app as `npm run build` leaves it (the build runs before the tests). */
const dist = new URL('../../../admin/dist', import.meta.url).pathname;
const app = await startTestApp();
const served = await startApp({ ds: app.ds, adminDist: dist, port: 0, host: '127.0.0.1' });
afterAll(async () => {
  await served.stop();
  await new Promise((r) => served.server.close(r));
});

async function get(path: string, encoding = 'gzip, deflate, br') {
  const res = await fetch(`${served.url}${path}`, { headers: { 'accept-encoding': encoding } });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** The files index.html loads before anything else: its scripts, preloads and styles. */
function firstLoad(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
}

describe('the admin app’s files', () => {
  it('index.html: never cached (a new build is picked up at once), also as the fallback', async () => {
    for (const path of ['/', '/index.html', '/members/abc']) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('cache-control'), path).toBe('no-cache');
      expect(r.text, path).toContain('<div id="root">');
    }
  });

  it('hashed files: brotli or gzip as the client accepts, cached for a year as immutable', async () => {
    const html = (await get('/')).text;
    const files = firstLoad(html);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const r = await get(file);
      expect(r.status, file).toBe(200);
      expect(r.headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable');
      expect(r.text, file).toBe(readFileSync(join(dist, file)).toString('utf8'));
      if (statSync(join(dist, file)).size > 1024) expect(r.headers.get('content-encoding'), file).toBe('br');
    }
    const entry = files.find((f) => f.endsWith('.js')) ?? '';
    const gzip = await get(entry, 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.text).toBe(readFileSync(join(dist, entry)).toString('utf8'));
    const plain = await get(entry, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('the playground (GraphiQL) is not in the first load: its chunk is fetched only on its page', async () => {
    const html = (await get('/')).text;
    const playground = readdirSync(join(dist, 'assets')).filter((f) => f.startsWith('playground-page'));
    expect(playground.length).toBeGreaterThan(0);
    const first = firstLoad(html);
    for (const f of playground) expect(first).not.toContain(`/assets/${f}`);
    // nor statically imported by the entry: only a dynamic import() names it
    const entry = first.find((f) => f.endsWith('.js') && f.includes('index-')) ?? '';
    const code = readFileSync(join(dist, entry), 'utf8');
    const js = playground.find((f) => f.endsWith('.js')) ?? '';
    expect(code).not.toMatch(new RegExp(`^import[^;]*${js.replace('.', '\\.')}`, 'm'));
    const sizes = first.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
    expect(sizes).toBeLessThan(statSync(join(dist, 'assets', js)).size);
  });
});
