// src/web/examples.ts
var GUIDE_EXAMPLES = [
  "Increased clinic capacity 18% by redesigning templates and adding open-access blocks; new-patient lag \u201312 days, CG-CAHPS +7 pts.",
  "Lowered denials 29% and days in A/R 6.5 by standardizing prior auth workflows and deploying a coding tip sheet; net revenue +$2.3M.",
  "Reduced readmissions 1.4 pts in heart failure via discharge bundles and 72-hour follow-ups; avoided penalties while improving outcomes.",
  "Cut RN overtime 22% through float pool expansion and self-scheduling; agency spend \u2013$1.1M",
  "Achieved zero findings on Joint Commission re-survey with daily tracers, policy clean-up, and leader standard work.",
  "Cut prior-auth denials 32% by standardizing documentation and automating eligibility checks; net revenue +$1.4M.",
  "Reduced door-to-doc 15 minutes with split-flow triage; LWBS down 1 pts; patient satisfaction +6."
];
export {
  GUIDE_EXAMPLES
};
