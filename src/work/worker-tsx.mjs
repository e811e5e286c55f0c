// The worker entry when the server runs the TypeScript sources (node --import tsx): Node 20 does not carry the
// process's loader hooks into worker threads, so the thread registers tsx itself, then loads worker.ts. Compiled
// JavaScript needs none of this: the pool then starts worker.js directly.
import { register } from 'tsx/esm/api';

register();
export default (await import('./worker.ts')).default;
