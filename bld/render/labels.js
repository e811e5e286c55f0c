// src/render/labels.ts
var MARK_KINDS = ["result", "intervention", "baseline", "timeframe", "kpi", "metric"];
var MARK_LABELS = {
  metric: "Metric",
  baseline: "Baseline",
  intervention: "Intervention",
  result: "Result",
  timeframe: "Timeframe",
  kpi: "KPI"
};
var MARK_HINTS = {
  metric: "a number: %, $, days, points, counts",
  baseline: 'where it started: "from 18% to 11%", "vs. prior year"',
  intervention: 'how you did it: "by", "through", "via" what you changed',
  result: "what improved, fell, rose or was achieved",
  timeframe: 'over what period: "in 90 days", "within 6 months"',
  kpi: "the measure it moved: denials, LWBS, HCAHPS, overtime\u2026"
};
var DOMAIN_LABELS = {
  access: "Access & throughput",
  quality: "Quality & safety",
  experience: "Patient experience",
  financial: "Financial",
  people: "People",
  equity: "Equity & community"
};
var MISSING_HINTS = {
  metric: "Add a number: %, $, days or points",
  baseline: "Add where it started, e.g. \u201Cfrom 18% to 11%\u201D",
  intervention: "Add how: \u201Cby \u2026\u201D, \u201Cthrough \u2026\u201D",
  result: "Add what improved, fell or was achieved"
};
export {
  DOMAIN_LABELS,
  MARK_HINTS,
  MARK_KINDS,
  MARK_LABELS,
  MISSING_HINTS
};
