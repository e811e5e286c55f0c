// Words the pages use for the analyzer's names, in one place so every view says the same thing.
import type { Domain } from '../analyze/types.ts';

export const MARK_KINDS = ['result', 'intervention', 'baseline', 'timeframe', 'kpi', 'metric', 'spelling'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export const MARK_LABELS: Record<MarkKind, string> = {
  metric: 'Metric',
  baseline: 'Baseline',
  intervention: 'Intervention',
  result: 'Result',
  timeframe: 'Timeframe',
  kpi: 'KPI',
  spelling: 'Spelling',
};

/** What each part means, for the legend and the checklist, in the guide's terms. */
export const MARK_HINTS: Record<MarkKind, string> = {
  metric: 'a number: %, $, days, points, counts',
  baseline: 'where it started: "from 18% to 11%", "vs. prior year"',
  intervention: 'how you did it: "by", "through", "via" what you changed',
  result: 'what improved, fell, rose or was achieved',
  timeframe: 'over what period: "in 90 days", "within 6 months"',
  kpi: 'the measure it moved: denials, LWBS, HCAHPS, overtime…',
  spelling: 'a word that looks misspelled, with its fix',
};

export const DOMAIN_LABELS: Record<Domain, string> = {
  access: 'Access & throughput',
  quality: 'Quality & safety',
  experience: 'Patient experience',
  financial: 'Financial',
  people: 'People',
  equity: 'Equity & community',
};

/** What the checklist says when a part is missing: short, with the guide's own kind of example. */
export const MISSING_HINTS = {
  metric: 'Add a number: %, $, days or points',
  baseline: 'Add where it started, e.g. “from 18% to 11%”',
  intervention: 'Add how: “by …”, “through …”',
  result: 'Add what improved, fell or was achieved',
} as const;
