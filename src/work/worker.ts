// A worker thread of the pool (pool.ts): one entry that runs a task by name. The pool sends each thread a warm-up
// task as it starts (a timer here would not fire: an idle thread waits on its task queue without running its event loop).
import { TASKS, type TaskName } from './tasks.ts';

/** A task's result with how long it ran in this thread (the pool predicts waits from it). */
export interface Ran { result: unknown; ms: number }

export default async function run({ task, input }: { task: TaskName; input: never }): Promise<Ran> {
  const t0 = performance.now();
  const result = await TASKS[task](input);
  return { result, ms: performance.now() - t0 };
}
