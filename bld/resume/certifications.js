// src/resume/certifications.ts
var GUIDE_CERTIFICATIONS = [
  { name: "FACHE", issuer: "American College of Healthcare Executives" },
  { name: "CPHQ", issuer: "National Association for Healthcare Quality" },
  { name: "PMP", issuer: "Project Management Institute" },
  { name: "Lean Six Sigma Green Belt", issuer: "" },
  { name: "Lean Six Sigma Black Belt", issuer: "" },
  { name: "CMPE", issuer: "American College of Medical Practice Executives (MGMA)" },
  { name: "RN License", issuer: "State Board of Nursing" }
];
export {
  GUIDE_CERTIFICATIONS
};
