// src/analyze/score.ts
function scoreOf(findings) {
  const lost = findings.reduce((sum, f) => sum + (f.penalty ?? 0), 0);
  return Math.max(0, Math.min(100, Math.round(100 - lost)));
}
export {
  scoreOf
};
