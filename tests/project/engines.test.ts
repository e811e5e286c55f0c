// Every package the lock file installs supports the Node versions package.json's "engines" promises, so
// `npm install` on the oldest of them prints no EBADENGINE warning.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: Record<string, string> | string[] }>;
};

describe('engines', () => {
  const lowest = semver.minVersion(pkg.engines.node)!.version;

  it('promises Node 20, and this Node satisfies it', () => {
    expect(semver.major(lowest)).toBe(20);
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
  });

  it(`every locked package accepts Node ${lowest} and this Node (${process.versions.node})`, () => {
    const refused: string[] = [];
    for (const [path, p] of Object.entries(lock.packages)) {
      const range = p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
      if (!path || !range) continue;
      for (const node of [lowest, process.versions.node]) {
        if (!semver.satisfies(node, range)) refused.push(`${path.replace(/^.*node_modules\//, '')}@${p.version} wants node ${range}, not ${node}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
