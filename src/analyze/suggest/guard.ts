// Re-scoring a rewrite runs the analyzer, which asks for suggestions again: this flag breaks that loop.
let depth = 0;

export function isRescoring(): boolean {
  return depth > 0;
}

export function whileRescoring<T>(fn: () => T): T {
  depth++;
  try {
    return fn();
  } finally {
    depth--;
  }
}
