// `npm run bench`: runs every section in bench/sections/ in name order; each prints its own figures.
// Figures are printed, never asserted: speed targets are read here, not in `npm test`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'sections');
const only = process.argv.slice(2);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const name = file.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> };
  console.log(`\n== ${name} ==`);
  await mod.run();
}
