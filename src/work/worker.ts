// A worker thread of the pool (pool.ts): one entry that runs a task by name. The pool sends each thread a warm-up
// task as it starts (a timer here would not fire: an idle thread waits on its task queue without running its event loop).
import { TASKS, type TaskName } from './tasks.ts';

export default function run({ task, input }: { task: TaskName; input: never }): unknown {
  return TASKS[task](input);
}
