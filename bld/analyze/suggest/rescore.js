// src/analyze/suggest/rescore.ts
import { analyzeBullet } from "../bullet.js";
import { whileRescoring } from "./guard.js";
function rescore(text) {
  return whileRescoring(() => analyzeBullet(text, { rewrite: false }));
}
export {
  rescore
};
