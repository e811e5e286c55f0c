// Generated resume bullets in the shapes real users write: strong, weak, passive and subject-first openings,
// every kind of magnitude the guide uses, interventions, timeframes and secondary results. Used by the property
// tests (fast-check) and by the rewrite benchmark (a fixed seed, so the figures compare run to run).
import fc from 'fast-check';

const KPIS: readonly (readonly [string, 'up' | 'down'])[] = [
  ['no-shows', 'down'], ['denials', 'down'], ['prior-auth denials', 'down'], ['days in A/R', 'down'], ['LWBS', 'down'],
  ['door-to-doc time', 'down'], ['readmissions', 'down'], ['CLABSI rate', 'down'], ['CAUTI events', 'down'],
  ['RN overtime', 'down'], ['agency spend', 'down'], ['first-year nurse turnover', 'down'], ['time-to-fill', 'down'],
  ['new-patient lag', 'down'], ['cost per case', 'down'], ['ED length of stay', 'down'], ['patient falls with injury', 'down'],
  ['HCAHPS scores', 'up'], ['template utilization', 'up'], ['portal adoption', 'up'], ['net revenue', 'up'],
  ['clinic capacity', 'up'], ['sepsis bundle compliance', 'up'], ['staff engagement', 'up'], ['CG-CAHPS scores', 'up'],
  ['follow-up visit completion for Medicaid patients', 'up'], ['competency completion', 'up'], ['contribution margin', 'up'],
];
const DOWN_VERBS = ['Reduced', 'Cut', 'Lowered', 'Decreased', 'Shortened'];
const UP_VERBS = ['Increased', 'Raised', 'Improved', 'Grew', 'Boosted'];
const WEAK = ['Helped reduce', 'Helped improve', 'Helps lower', 'Assisted with reducing', 'Worked with physicians to improve',
  'Was responsible for improving', 'Successfully reduced', 'Effectively improved'];
const MAGNITUDES = ['22%', '8 pts', '1.4 pts', '15 minutes', '6.5 days', '$480K', '–$1.1M', '+$2.3M', 'by 12 days',
  'from 18% to 11%', 'from 62% to 88%', 'from 5.2 to 4.1 hours', 'to 94%', '40% year over year', 'from 27% to 14%'];
const INTERVENTIONS = ['by piloting SMS appointment reminders', 'through float pool expansion and self-scheduling',
  'via discharge bundles and 72-hour follow-ups', 'with split-flow triage', 'by standardizing prior auth workflows',
  'after we deployed an EHR best-practice alert', 'by creating a denial work queue and weekly payer escalation calls',
  'by opening two late clinics in Epic', 'through a Joint Commission tracer program', 'by renegotiating implant contracts with CMS guidance'];
const TIMEFRAMES = ['over six months', 'in FY24', 'within 90 days', 'sustained for 180 days', 'in two quarters', 'this month'];
const SECONDARY = ['; net revenue +$1.4M', '; LWBS down 1 pts', '; agency spend –$1.1M', '; CG-CAHPS +7 pts', '; avoided penalties'];
const DUTIES = ['Responsible for scheduling and patient intake at a busy family practice', 'Duties included billing, coding review, and insurance verification',
  'Managed front desk staff of 6 and oversaw daily clinic operations', 'Coordinated referrals for the cardiology service line',
  'Team members were trained on HIPAA and OSHA requirements', 'Assisted with Joint Commission survey preparation',
  'Implemented a new patient portal', 'Ran daily safety and staffing huddles', 'Handled patient complaints',
  'Worked with physicians to improve workflows', 'Oversaw a $14M operating budget for a 3-site ASC network'];

const pick = <T,>(list: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...list);

/** A bullet with a result: verb + KPI + magnitude, maybe an intervention, a timeframe and a secondary result. */
export const resultBullet = fc.record({
  kpi: pick(KPIS),
  opener: fc.oneof(fc.constant('strong'), fc.constant('weak'), fc.constant('subject-first')),
  strongIndex: fc.nat(4), weak: pick(WEAK),
  magnitude: fc.option(pick(MAGNITUDES), { nil: undefined, freq: 4 }),
  intervention: fc.option(pick(INTERVENTIONS), { nil: undefined, freq: 3 }),
  timeframe: fc.option(pick(TIMEFRAMES), { nil: undefined }),
  secondary: fc.option(pick(SECONDARY), { nil: undefined }),
  period: fc.boolean(),
}).map((b) => {
  const [kpi, desired] = b.kpi;
  const verb = (desired === 'down' ? DOWN_VERBS : UP_VERBS)[b.strongIndex]!;
  const magnitude = b.magnitude ? ` ${b.magnitude}` : '';
  let head: string;
  if (b.opener === 'weak') head = `${b.weak} ${kpi}${magnitude}`;
  else if (b.opener === 'subject-first') head = `${kpi.charAt(0).toUpperCase()}${kpi.slice(1)} ${desired === 'down' ? 'fell' : 'rose'}${magnitude}`;
  else head = `${verb} ${kpi}${magnitude}`;
  const parts = [head, b.timeframe, b.intervention].filter(Boolean).join(' ');
  return `${parts}${b.secondary ?? ''}${b.period ? '.' : ''}`;
});

/** A duty or activity with no result, the shape the guide warns about. */
export const dutyBullet = fc.tuple(pick(DUTIES), fc.boolean()).map(([d, period]) => d + (period ? '.' : ''));

/** A bullet already complete in the guide's order: strong verb + KPI + from X to Y + timeframe + by intervention. */
export const completeBullet = fc.record({
  kpi: pick(KPIS), strongIndex: fc.nat(4),
  magnitude: pick(['from 18% to 11%', 'from 62% to 88%', 'from 27% to 14%', 'from 21 to 9 days', 'from 44% to 61%']),
  timeframe: pick(TIMEFRAMES), intervention: pick(INTERVENTIONS.filter((i) => i.startsWith('by') || i.startsWith('through'))),
}).map((b) => `${(b.kpi[1] === 'down' ? DOWN_VERBS : UP_VERBS)[b.strongIndex]} ${b.kpi[0]} ${b.magnitude} ${b.timeframe} ${b.intervention}.`);

export const anyBullet = fc.oneof({ arbitrary: resultBullet, weight: 6 }, { arbitrary: dutyBullet, weight: 2 }, { arbitrary: completeBullet, weight: 2 });

/** A fixed sample of n bullets (same seed, same bullets). */
export function sampleBullets(n: number, seed = 42): string[] {
  return fc.sample(anyBullet, { numRuns: n, seed });
}
