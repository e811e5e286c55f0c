// src/resume/sample.ts
var SAMPLE_RESUME = {
  basics: {
    name: "Dana Whitfield",
    label: "Director, Ambulatory Operations",
    email: "dana.whitfield@example.com",
    phone: "(614) 555-0148",
    location: { city: "Columbus", region: "OH" },
    profiles: [{ network: "LinkedIn", url: "linkedin.com/in/danawhitfield" }],
    summary: "Operations leader with 11 years across hospital and ambulatory settings: access, revenue cycle, staffing and quality. Known for owning a metric, documenting baseline, intervention and result, and sustaining gains over 90\u2013180 days."
  },
  work: [
    {
      position: "Director, Ambulatory Operations",
      name: "Riverside Health Partners",
      location: "Columbus, OH",
      startDate: "2021-03",
      highlights: [
        "Increased clinic capacity 18% by redesigning templates and adding open-access blocks; new-patient lag down from 34 to 22 days.",
        "Cut no-shows from 17% to 9% in 6 months by piloting two-way SMS reminders and same-week rebooking across 14 clinics.",
        "Lowered third next available appointment from 41 to 19 days by rebalancing provider templates against demand data.",
        "Raised CG-CAHPS access domain from the 48th to the 71st percentile within a year through a call-center scripting redesign.",
        "Reduced referral leakage from 31% to 18% by launching a closed-loop referral queue in Epic with weekly work-list huddles.",
        "Grew telehealth visits from 4% to 16% of volume by building video-visit templates and training 120 schedulers.",
        "Saved $640K in annual agency spend by creating a 22-person float pool of MAs shared across 9 practices.",
        "Cut front-desk registration time 25% (from 8 to 6 minutes) by deploying digital pre-registration through the patient portal.",
        "Increased portal adoption from 38% to 61% of active patients via point-of-care enrollment and a bilingual help line.",
        "Reduced complaint resolution time from 21 to 7 days by standing up a service-recovery team with daily escalation review.",
        "Lifted social needs screening from 22% to 78% of visits by embedding a 5-question screen in rooming workflow.",
        "Led a $3.2M clinic expansion opening 2 sites on budget; first-year visits 11,400 against a plan of 10,000."
      ]
    },
    {
      position: "Manager, Revenue Cycle",
      name: "Mercy Valley Hospital",
      location: "Dayton, OH",
      startDate: "2017-06",
      endDate: "2021-02",
      highlights: [
        "Lowered denials 29% and days in A/R by 6.5 by standardizing prior-auth workflows and deploying a coding tip sheet; net revenue +$2.3M.",
        "Cut prior-auth denials 32% by standardizing documentation and automating eligibility checks; net revenue +$1.4M.",
        "Raised clean-claim rate from 82% to 95% by adding clearinghouse scrubber edits for the top 12 rejection reasons.",
        "Reduced days in A/R from 52 to 41 over 9 months by reorganizing follow-up work queues by payer and dollar value.",
        "Improved charge capture by $780K a year by reconciling OR charges daily against case logs with perioperative leads.",
        "Cut coding backlog from 1,900 to 250 encounters by introducing remote coders and a daily productivity board.",
        "Negotiated payment plans for self-pay balances, raising point-of-service collections 40% year over year.",
        "Trained 35 registrars on insurance verification, lowering registration-related denials from 6.1% to 2.4%.",
        "Built a Power BI denial dashboard by payer and reason, used weekly by finance, coding and clinic leaders.",
        "Recovered $1.1M in underpayments by auditing three payer contracts against remittance data."
      ]
    },
    {
      position: "Nurse Manager, Medical-Surgical Unit",
      name: "Mercy Valley Hospital",
      location: "Dayton, OH",
      startDate: "2014-08",
      endDate: "2017-05",
      highlights: [
        "Cut RN overtime 22% through float pool expansion and self-scheduling; agency spend \u2013$1.1M.",
        "Reduced readmissions 1.4 pts in heart failure via discharge bundles and 72-hour follow-up calls.",
        "Lowered patient falls from 3.9 to 2.1 per 1,000 patient days by introducing hourly rounding and bed-alarm audits.",
        "Achieved zero CLABSI for 14 consecutive months by auditing central line bundle adherence in daily safety huddles.",
        "Reduced RN vacancy from 14% to 5% by launching a preceptor program and a new-graduate residency.",
        "Raised HCAHPS nurse communication from 74% to 83% top-box by coaching bedside shift report.",
        "Cut time-to-fill for RN roles from 62 to 38 days by partnering with HR on open interviews and same-day offers.",
        "Improved medication-scanning compliance from 88% to 98% by fixing scanner placement and weekly unit reports."
      ]
    },
    {
      position: "Practice Manager",
      name: "Northside Family Medicine",
      location: "Columbus, OH",
      startDate: "2012-01",
      endDate: "2014-07",
      highlights: [
        "Reduced patient wait time from 38 to 17 minutes by staggering arrivals and adding a rooming MA at peak hours.",
        "Achieved zero findings on a Joint Commission re-survey with daily tracers, policy clean-up and leader standard work.",
        "Grew the active patient panel from 6,200 to 8,100 by adding two late clinics and Saturday hours.",
        "Cut supply variance 12% by setting PAR levels and a monthly count with the vendor.",
        "Raised staff engagement scores from 3.4 to 4.1 out of 5 by starting monthly recognition and career ladders.",
        "Lowered MA turnover from 38% to 15% by introducing a competency matrix and a pay step for certification."
      ]
    },
    {
      position: "Operations Analyst",
      name: "Central Ohio Health System",
      location: "Columbus, OH",
      startDate: "2010-06",
      endDate: "2011-12",
      highlights: [
        "Built a length-of-stay model in Excel that identified 1,200 avoidable bed days a year across 4 units.",
        "Cut ED boarding time 90 minutes by analysing discharge-before-noon rates and reporting them daily to unit leads.",
        "Automated 14 weekly access reports in Tableau, saving analysts 10 hours a week.",
        "Reduced LWBS from 4.2% to 2.8% by mapping triage bottlenecks and supporting a split-flow pilot."
      ]
    }
  ],
  education: [
    { institution: "The Ohio State University", studyType: "Master of Health Administration (MHA)", endDate: "2014" },
    { institution: "University of Cincinnati", studyType: "Bachelor of Science", area: "Nursing", endDate: "2010" }
  ],
  certificates: [
    { name: "FACHE", issuer: "American College of Healthcare Executives", date: "2022-05" },
    { name: "CPHQ", issuer: "National Association for Healthcare Quality", date: "2019-10" },
    { name: "Lean Six Sigma Green Belt", issuer: "ASQ", date: "2016" },
    { name: "RN License", issuer: "Ohio Board of Nursing" }
  ],
  skills: [
    { name: "Operations", keywords: ["Access and throughput", "Template redesign", "Staffing models", "Lean / PDSA / A3"] },
    { name: "Revenue cycle", keywords: ["Denials management", "Prior authorization", "Charge capture", "Payer contracts"] },
    { name: "Systems", keywords: ["Epic", "Cerner", "Power BI", "Tableau", "Kronos/UKG", "Excel modeling"] }
  ]
};
export {
  SAMPLE_RESUME
};
