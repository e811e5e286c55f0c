// The story both previews put on the sample prep sheet.
export const SAMPLE_STORY =
  'At Mercy Valley Hospital, prior-auth denials had climbed to 9% of claims and were costing us about $120K a month. ' +
  'As revenue cycle manager I owned the denial rate and had one quarter to bring it down. ' +
  'I standardized the documentation checklist with the three largest clinics, automated eligibility checks in the clearinghouse and ran a weekly denial huddle by payer. ' +
  'Within two quarters denials fell 32%, to 6.1%, and net revenue rose $1.4M; the rate has held for 180 days.';
