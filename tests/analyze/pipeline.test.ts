// The staged pipeline on constructions of real resume writing (our own wording): clause links, roles decided results
// first, no intervention without a result, the KPI a change verb governs, the main action, exact spans, rule ids.
import { describe, expect, it } from 'vitest';
import { parseBullet } from '../../src/analyze/pipeline/index.ts';

const roles = (t: string) => parseBullet(t).clauses.map((c) => `${c.link}/${c.role}`);
const has = (t: string, c: 'result' | 'intervention' | 'baseline' | 'metric') => parseBullet(t).components[c].length > 0;

describe('results first', () => {
  it.each([
    ['participle after a noun', 'Reworked the intake script increasing same-day bookings by 30%.'],
    ['participle after a comma', 'Rebuilt the charge master, lifting clean claims to 96%.'],
    ['participle after an adverb', 'Set up a callback queue, sharply reducing abandoned calls.'],
    ['"and" + change verb', 'Redesigned pre-registration and cut check-in time from 12 to 5 minutes.'],
    ['consequence "resulting in"', 'Moved lab draws to the morning huddle resulting in fewer late discharges.'],
    ['consequence "which"', 'Opened a Saturday clinic, which raised visit volume 14%.'],
    ['comparative with an amount', 'Delivered 25% faster prior authorization turnaround.'],
    ['change noun with an amount', 'Secured a 9% reduction in supply spend.'],
    ['money with "additional"', 'Captured $400K additional revenue from late charges.'],
    ['maintained level', 'Maintained 97% bed occupancy through the winter surge.'],
    ['kept rating', 'Kept a 5-star CMS rating for three years.'],
    ['caused purpose with from-to', 'Coached the unit to raise hand hygiene compliance from 72% to 95%.'],
    ['means that states a change', 'Supported the business office by reducing open A/R of $1.1M to under $600K.'],
    ['award', 'Named Practice Manager of the Year by the regional network.'],
    ['weak verb with a change', 'Helped the billing team lower denials 8%.'],
    ['change noun after coordinated verbs', 'Build and sustain growth in outpatient therapy visits.'],
    ['project finished within a window', 'Led the conversion of 6 clinics to Epic within 8 months.'],
    ['project brought in to plan', 'Managed the ED expansion ahead of schedule.'],
    ['what the writer made possible', 'Enabled 120 rural patients to receive care by telehealth.'],
    ['comparative before an outcome', 'Set up the unit for higher productivity with self-scheduling.'],
  ])('%s', (_name, text) => expect(has(text, 'result')).toBe(true));

  it.each([
    ['duty', 'Scheduled appointments for four providers.'],
    ['duty with a count', 'Managed a caseload of 30 home health clients.'],
    ['purpose with a number', 'Worked with coders to increase clean claims by 10%.'],
    ['purpose without a number', 'Audited charts to improve documentation quality.'],
    ['process verb on a process', 'Optimized front desk workflows.'],
    ['reach count', 'Served 200 families each month.'],
    ['a count, not a comparative', 'Saw more than 20 patients per day.'],
    ['maintained duty', 'Maintained provider schedules for 16 physicians.'],
    ['project that only ran a while', 'Coordinated the OR renovation over two years.'],
    ['project in a year', 'Led the Cerner upgrade in 2021.'],
    ['an aim after "enable"', 'Enabled nurses to spend more time at the bedside.'],
    ['object shared with duty verbs', 'Collect, track and report data on survey accuracy.'],
  ])('no result: %s', (_name, text) => expect(has(text, 'result')).toBe(false));
});

describe('intervention only with a result', () => {
  it.each([
    ['means phrase', 'Cut no-shows 12% by texting reminders two days ahead.'],
    ['action before a consequence', 'Launched a float pool that lowered agency hours 30%.'],
    ['action before a participle', 'Trained 12 schedulers on templates, raising slot fill to 92%.'],
    ['causative', 'Led the nursing team to lift HCAHPS responsiveness from 61% to 74%.'],
    ['subject of "resulted in"', 'Weekend discharge rounds resulted in a 10% drop in length of stay.'],
    ['after we + verb', 'Falls dropped from 11 to 4 a quarter after we added bed alarms.'],
    ['after a noun phrase headed by an action', 'Call volume fell 20% following an online bill-pay portal launch.'],
    ['action before an aim met from-to', 'Wrote a fall-risk protocol to bring falls from 12 to 5 per quarter.'],
  ])('%s', (_name, text) => expect(has(text, 'intervention')).toBe(true));

  it.each([
    ['action with no result', 'Implemented a new patient portal.'],
    ['duty with a purpose', 'Partnered with the CNO to roll out safety huddles on 12 units.'],
    ['pronoun subject', 'This resulted in fewer repeat calls.'],
    ['"by" + amount', 'Raised point-of-service collections by 18%.'],
    ['"while" is simultaneous', 'Reduced overtime 10% while improving staff engagement.'],
    ['weak means', 'Shortened prior auth turnaround 3 days by supporting the referral coordinators.'],
    ['weak means with a "with" phrase', 'Cut coding denials 15% by assisting the billing office with appeals.'],
    ['weak action before a participle', 'Supported the business office, bringing down open A/R 9%.'],
    ['weak verb before a change verb', 'Raised clinic revenue 6% by helping providers close charts the same day.'],
  ])('none: %s', (_name, text) => expect(has(text, 'intervention')).toBe(false));

  it('a weak means still leaves the result, and partnering with others stays a method', () => {
    expect(roles('Lowered write-offs 20% by supporting the collections team.')).toEqual(['start/result', 'means/other']);
    expect(parseBullet('Lowered write-offs 20% by supporting the collections team.').clauses[1]!.roleRule).toBe('weak-means');
    expect(has('Cut readmissions 2 pts by partnering with skilled nursing facilities on warm handoffs.', 'intervention')).toBe(true);
  });

  it('splits clauses at the words that join them', () => {
    expect(roles('Standardized discharge calls, cutting readmissions 2 pts.')).toEqual(['start/intervention', 'participle/result']);
    expect(roles('Reduced denials 15% through payer-specific edits.')).toEqual(['start/result', 'means/intervention']);
    // With no result, a "with" phrase is not a method and "to reduce" is an aim.
    expect(roles('Worked with payers to reduce denials.')).toEqual(['start/action', 'means/other', 'purpose/purpose']);
  });
});

describe('baseline inside the result', () => {
  it.each([
    'Grew clinic visits from 9,800 in 2022 to 12,400 in 2024.',
    'Brought the referral backlog from 6-8 weeks to 1-2 weeks.',
    'Lifted screening rates from less than 30 percent to 64 percent.',
    'Closed the remodel $80K under budget.',
    'Raised collections 7% year over year.',
  ])('%s', (text) => expect(has(text, 'baseline')).toBe(true));
  it.each([
    'Cut days in A/R to an average of 44.',
    'Carried a panel of 1,800-2,000 patients.',
    'Doubled portal sign-ups in 6 months.',
  ])('none: %s', (text) => expect(has(text, 'baseline')).toBe(false));
});

describe('metric never counts an identifier, a year, a date or a code', () => {
  it.each([
    'Verified MRN 00482913 and DOB 03/14/1961 at every draw.',
    'Updated SSN 987-65-4320 on the face sheet.',
    'Returned calls to 555-201-3344 within the hour.',
    'Joined the clinic in 2019.',
    'Started on March 4, 2021.',
    'Coded ICD-10 I10 and CPT 99214 visits.',
  ])('%s', (text) => expect(parseBullet(text).components.metric.map((m) => m.text)).toEqual([]));
});

describe('KPI direction attaches to the KPI the change verb governs', () => {
  it('a satisfaction score for wait time rose: the score moved up, the wait time did not move', () => {
    const kpis = parseBullet('Patient experience scores for wait time rose from the 35th to the 70th percentile.').kpis;
    expect(kpis.find((k) => /experience/i.test(k.text))?.change).toBe('up');
    expect(kpis.find((k) => /wait time/i.test(k.text))?.change ?? null).toBeNull();
  });
  it("a second subject after 'while' has its own verb: the first clause's verb does not move it", () => {
    const kpis = parseBullet('Raised HCAHPS scores from the 35th to the 70th percentile while LWBS dropped from 4.1% to 1.8%.').kpis;
    expect(kpis.find((k) => /HCAHPS/.test(k.text))?.change).toBe('up');
    expect(kpis.find((k) => /LWBS/.test(k.text))?.change).not.toBe('up');
  });
  it("a verb compromise tags as a noun still ends the subject after 'while' (\"rose\", \"falls\")", () => {
    const rose = parseBullet('Cut overtime 20% while staff satisfaction rose.');
    expect(rose.clauses.map((c) => c.linkRule)).toEqual(['start', 'while-subject']);
    expect(rose.kpis.find((k) => /satisfaction/.test(k.text))?.change).toBe('up');
    expect(rose.kpis.find((k) => /overtime/.test(k.text))?.change).toBe('down');
    const article = parseBullet('Grew visit volume 12% while the no-show rate fell from 18% to 11%.');
    expect(article.clauses.map((c) => c.linkRule)).toEqual(['start', 'while-subject']);
    expect(article.kpis.find((k) => /no-show/.test(k.text))?.change).toBe('down');
    // "while" + a gerund is the other pattern; "while" + a noun and no verb is no clause.
    expect(parseBullet('Cut overtime 20% while improving retention.').clauses.map((c) => c.linkRule)).toEqual(['start', 'while']);
    expect(parseBullet('Kept overtime flat while patient acuity grew.').clauses.map((c) => c.linkRule)).toEqual(['start', 'while-subject']);
    // A subject joined by "and" stays whole; an "and" after the while clause's own verb still starts a clause.
    expect(parseBullet('Kept overtime flat while census and acuity grew.').clauses.map((c) => c.text)).toEqual(['Kept overtime flat', 'while census and acuity grew']);
    expect(parseBullet('Cut costs 10% while staff grew and turnover fell 5%.').clauses.map((c) => c.linkRule)).toEqual(['start', 'while-subject', 'and-subject-verb']);
    expect(parseBullet('Covered the front desk for a while during the flu season.').clauses).toHaveLength(1);
  });
  it('a KPI in a phrase of time or cause after the verb is the setting, not what moved', () => {
    const kpis = parseBullet('Door-to-provider time increased from 22 to 35 minutes after the ED volume surge.').kpis;
    expect(kpis.find((k) => /door/i.test(k.text))?.change).toBe('up');
    expect(kpis.find((k) => /volume/i.test(k.text))?.change ?? null).toBeNull();
    const held = parseBullet('Lowered overtime hours 12% during a rise in patient volume.').kpis;
    expect(held.find((k) => /overtime/i.test(k.text))?.change).toBe('down');
    expect(held.filter((k) => k.change !== null).map((k) => k.id)).toEqual(['overtime']);
  });
  it('the object after the verb still moves, and both objects of one verb do', () => {
    const kpis = parseBullet('Cut overtime 22% and agency spend 15% through a float pool.').kpis;
    expect(kpis.map((k) => k.change)).toEqual(['down', 'down']);
  });
  it('the wait time itself rising is a move the wrong way', () => {
    const k = parseBullet('Clinic wait times rose from 20 to 35 minutes.').kpis[0]!;
    expect([k.change, k.desired]).toEqual(['up', 'down']);
  });
  it('a KPI in the intervention or a purpose does not move', () => {
    const b = parseBullet('Worked with schedulers to cut no-shows.');
    expect(b.kpis.every((k) => k.change === null)).toBe(true);
  });
});

describe('domain from what a bullet counts', () => {
  it.each([
    ['Directed an outpatient imaging center performing 40,000 exams a year.', 'access'],
    ['Ran a surgical suite of 6 ORs with 9,000 surgeries a year.', 'access'],
  ])('%s', (text, domain) => expect(parseBullet(text).primaryDomain).toBe(domain));
});

describe('the parsed bullet', () => {
  it('names the main action of a duty and of a bullet with a result', () => {
    expect(parseBullet('Scheduled appointments for four providers.').components.action.map((s) => s.text)).toEqual(['Scheduled appointments for four providers']);
    expect(parseBullet('Cut no-shows 12% by texting reminders.').components.action.map((s) => s.text)).toEqual(['by texting reminders']);
  });
  it('keeps spans exact over odd spaces and quotes, and traces every span to a rule', () => {
    const text = '“Reduced”\u00a0denials\u202f29% by standardizing prior‑auth workflows.';
    const b = parseBullet(text);
    for (const list of Object.values(b.components)) for (const s of list) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of b.trace) expect(t.rule).toMatch(/\S/);
    expect(b.trace.some((t) => t.stage === 'roles' && t.rule.startsWith('result:'))).toBe(true);
  });
});

describe('domain from cue words when no KPI is moved', () => {
  it.each([
    ['registration at a kiosk', 'Set up self check-in kiosks in both lobbies.', 'access'],
    ['walk-in volume', 'Opened a third urgent care site, adding weekend walk-in visits.', 'access'],
    ['clinical measures a program moves', 'Ran a diabetes coaching program to improve A1c and blood pressure control for 120 patients.', 'quality'],
    ['workload', 'Balanced nurse workloads across day and night shifts.', 'people'],
    ['an equity qualifier on a result cue', 'Added Spanish-language scheduling, improving access for limited-English families.', 'equity'],
  ])('%s', (_name, text, domain) => expect(parseBullet(text).primaryDomain).toBe(domain));
});

describe('constructions of real writing found on new lines', () => {
  it('an outcome with its own subject after an action clause was produced by it', () => {
    expect(roles('Started weekly denial huddles, and write-offs fell 30%.')).toEqual(['start/intervention', 'comma/result']);
    expect(roles('Reviewed 40 charts a week; documentation accuracy rose from 82% to 95%.')).toEqual(['start/intervention', 'punct/result']);
    // The writer's own second verb is a result of its own, not proof the first action produced it.
    expect(roles('Supervised 6 coders; reduced the coding backlog from 900 to 200 charts.')).toEqual(['start/action', 'punct/result']);
  });
  it('"after" + a subject and its verb is an event', () => {
    expect(has('Portal sign-ups rose 40% after front desk staff offered enrollment at check-in.', 'intervention')).toBe(true);
  });
  it('"by" after a passive participle names who acted, not how', () => {
    expect(has('Commended by the CNO for a drop in falls.', 'intervention')).toBe(false);
    expect(has('Turnover was reduced 10% by introducing stay interviews.', 'intervention')).toBe(true);
  });
  it('a duty opener makes an unmeasured change an aim', () => {
    expect(has('Responsible for improving patient flow in the ED.', 'result')).toBe(false);
    expect(has('Responsible for reducing denials from 14% to 8%.', 'result')).toBe(true);
  });
  it('a verb inside a KPI\'s own words is no clause verb', () => {
    expect(roles('Opened a recruiting office; time to fill fell from 70 to 40 days.')).toEqual(['start/intervention', 'punct/result']);
  });
  it('"and" + a subject of its own + a past change verb is a result the action before produced', () => {
    expect(roles('Added a night pharmacist and medication errors dropped 25%.')).toEqual(['start/intervention', 'and-verb/result']);
    expect(has('Issue monthly reports and grant awards.', 'result')).toBe(false);
  });
  it('a number inside a hyphenated word does not stop a means phrase', () => {
    expect(has('Cut no-shows 10% with two-way texting.', 'intervention')).toBe(true);
  });
  it('clearing and freeing with an amount are outcomes', () => {
    expect(has('Cleared 1,400 aged claims in 90 days.', 'result')).toBe(true);
    expect(roles('Shifted wound care visits to a nurse clinic, freeing 20 provider hours a week.')).toEqual(['start/intervention', 'participle/result']);
    expect(has('Cleared patients for surgery.', 'result')).toBe(false);
  });
  it('a share reached "now", after the aim that got it there', () => {
    expect(roles('Worked with IT to launch online bill pay; 45% of statements are now paid online.')).toEqual(['start/intervention', 'means/other', 'purpose/intervention', 'punct/result']);
  });
  it('a result with no KPI or amount right before a participle that states one is how it was reached', () => {
    expect(roles('Renegotiated courier contracts, saving $90K a year.')).toEqual(['start/intervention', 'participle/result']);
    expect(roles('Cut denials 20%, saving $1.1M.')).toEqual(['start/result', 'participle/result']);
  });
  it('a comparative takes an amount before it or after "by", not a count further on', () => {
    expect(parseBullet('Secured lower rates with three suppliers.').clauses[0]!.roleRule).not.toBe('comparative-amount');
    expect(has('Delivered 25% faster claim turnaround.', 'result')).toBe(true);
  });
  it('"after" + a passive event', () => {
    expect(has('Complaints fell by a third after a night supervisor was added.', 'intervention')).toBe(true);
  });
  it('a better-verb on a process states no outcome of its own', () => {
    expect(has('Reviewed and improved intake procedures at two clinics.', 'result')).toBe(false);
    expect(has('Improved patient flow through the infusion center.', 'result')).toBe(true);
    expect(roles('Improved charge entry workflows, cutting lag days from 6 to 2.')).toEqual(['start/intervention', 'participle/result']);
  });
  it('phrasal change verbs move their KPI', () => {
    expect(parseBullet('HCAHPS scores went up 9 points in one year.').kpis.map((k) => k.change)).toContain('up');
  });
});

describe('openings the label rule reads as no strong verb', () => {
  it.each([
    ['a role held', 'Serves as compliance liaison for three clinics.'],
    ['a passive honour', 'Named Practice Manager of the Year.'],
    ['a passive selection', 'Selected as interim director of patient access.'],
    ['a job title', 'Lead scheduler for a 9-provider practice.'],
    ['a task passed through', 'Handle prior authorization requests.'],
  ])('%s', (_name, text) => expect(parseBullet(text).actionVerb?.strength ?? null).not.toBe('strong'));
  it('Medicaid enrollment work is equity', () => expect(parseBullet('Help families with Medicaid enrollment and renewals.').primaryDomain).toBe('equity'));
});
