// `npm start`: the server from the compiled build (rebuilt first only when a source file changed; see build.mjs).
import { importBuilt } from './build.mjs';

try {
  await importBuilt('web/server.ts');
} catch (err) {
  console.error(`resume-vitals cannot start: ${err?.message ?? err}`);
  process.exit(1);
}
