// `npm run bench -- match`: a 2,000-word posting (composed here from the field's vocabulary, seeded) against the
// 40-bullet sample resume. Target: the whole match (extract, evidence, score, suggestions) under 50 ms, warm.
import { matchPosting, extractRequirements } from '../../src/match/index.ts';
import { SAMPLE_RESUME } from '../../src/resume/sample.ts';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const duties = [
  'Oversees day-to-day clinic operations and patient flow across {n} sites',
  'Develops and monitors the annual operating and capital budgets, including payroll and supply expense',
  'Leads revenue cycle initiatives to reduce denials, days in accounts receivable (A/R) and bad debt',
  'Recruits, hires, trains and evaluates front desk, medical assistant and nursing staff',
  'Partners with physicians and the medical director to improve access, third next available and no-show rates',
  'Ensures compliance with CMS, HIPAA, OSHA and Joint Commission standards and keeps the unit survey ready',
  'Builds dashboards and reports key performance indicators to senior leadership every month',
  'Leads quality improvement projects using Lean and PDSA methods to lower readmissions and falls',
  'Manages payer relationships, prior authorization turnaround and point-of-service collections',
  'Coaches and mentors supervisors and holds staff accountable for performance expectations',
  'Improves HCAHPS and CG-CAHPS scores through service recovery and patient-centered care',
  'Controls overtime, agency use and labor productivity with staffing plans and schedules',
];
const qualifications = [
  "Bachelor's degree in healthcare administration, business or a related field required",
  'MHA, MBA or MPH strongly preferred',
  'Minimum of {n} years of progressive management experience in a hospital or ambulatory setting',
  'FACHE, CMPE or CPHQ preferred; Lean Six Sigma Green Belt a plus',
  'Current RN license required for nursing leadership roles',
  'Experience with Epic, Cerner or MEDITECH and advanced Microsoft Excel skills',
];

export function benchPosting(words = 2000, seed = 7): string {
  const rnd = seeded(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const fill = (s: string) => s.replace('{n}', String(2 + Math.floor(rnd() * 8)));
  const lines = ['Director of Ambulatory Operations', '', 'Responsibilities'];
  let count = 0;
  let section = 0;
  while (count < words) {
    if (section++ % 20 === 19) lines.push('', 'Qualifications');
    const line = `• ${fill(pick(section % 20 > 14 ? qualifications : duties))}.`;
    lines.push(line);
    count += line.split(/\s+/).length;
  }
  return lines.join('\n');
}

/** Median wall time and median CPU time (this process's user + system) per run, in ms: on a shared machine the
 * wall time includes waiting for a core, the CPU time does not. */
function median(fn: () => unknown, runs: number): { wall: number; cpu: number } {
  for (let i = 0; i < 5; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: mid(wall), cpu: mid(cpu) };
}

export async function run(): Promise<void> {
  const posting = benchPosting();
  const words = posting.split(/\s+/).length;
  const bullets = SAMPLE_RESUME.work!.reduce((n, w) => n + (w.highlights?.length ?? 0), 0);
  const t0 = performance.now();
  const first = matchPosting(posting, { resume: SAMPLE_RESUME });
  const coldMs = performance.now() - t0;
  const extractMs = median(() => extractRequirements(posting), 40);
  const matchMs = median(() => matchPosting(posting, { resume: SAMPLE_RESUME }), 40);
  console.log(`posting: ${words} words, ${posting.length} characters, ${first.requirements.length} requirements; resume: ${bullets} bullets`);
  console.log(`first call (loads and compiles the rules): ${coldMs.toFixed(1)} ms`);
  console.log(`extract requirements:       ${extractMs.wall.toFixed(1)} ms median (CPU ${extractMs.cpu.toFixed(1)} ms)`);
  console.log(`whole match (extract, evidence, score, suggestions): ${matchMs.wall.toFixed(1)} ms median (CPU ${matchMs.cpu.toFixed(1)} ms); target < 50 ms`);
}
