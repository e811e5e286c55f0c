// Every JSON API route the app mounts is in the README's route table: a new route without its line fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** METHOD path for each route declared in src/web (routers mounted at /api/v1 get the prefix). */
function apiRoutes(): string[] {
  const dir = join(ROOT, 'src', 'web');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const out: string[] = [];
  for (const f of files) {
    const src = readFileSync(join(dir, f), 'utf8');
    const prefix = /app\.use\(\s*'\/api\/v1'\s*,\s*r\s*\)/.test(src) ? '/api/v1' : '';
    for (const m of src.matchAll(/\b(?:r|app)\.(get|post|put|patch|delete)\(\s*(['`])([^'`]+)\2/g)) {
      const path = (m[3]!.startsWith('/api/') || m[3] === '/healthz' ? '' : prefix) + m[3]!;
      if (path.startsWith('/api/') || path === '/healthz') out.push(`${m[1]!.toUpperCase()} ${path}`);
    }
  }
  return out;
}

describe('README', () => {
  it('lists every JSON API route', () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(15);
    const missing = routes.filter((route) => {
      const [method, path] = route.split(' ') as [string, string];
      // :workspace is written :id; a template like resume.${format} stands for any word.
      const pattern = path.replace(/:workspace\b/g, ':id').split(/(\$\{[^}]+\}|:\w+)/)
        .map((part) => (part.startsWith('${') ? '\\w+' : part.startsWith(':') ? ':\\w+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
      return !new RegExp(`\`${method} ${pattern}\`|\`${method} ${pattern}\` \\(or|(?:or|,) \`${method}\`\\)`).test(readme)
        && !new RegExp(`${pattern}\` \\(or \`${method}\``).test(readme);
    });
    expect(missing, 'add these to the "JSON API routes" table in README.md').toEqual([]);
  });
});
