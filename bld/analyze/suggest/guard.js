// src/analyze/suggest/guard.ts
var depth = 0;
function isRescoring() {
  return depth > 0;
}
function whileRescoring(fn) {
  depth++;
  try {
    return fn();
  } finally {
    depth--;
  }
}
export {
  isRescoring,
  whileRescoring
};
