// src/export/numbering.ts
import { AlignmentType, LevelFormat } from "docx";
import { FONT } from "./styles.js";
var BULLET_LIST = "resume-bullets";
var numbering = {
  config: [
    {
      reference: BULLET_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: "\u2022",
          alignment: AlignmentType.LEFT,
          style: {
            paragraph: { indent: { left: 300, hanging: 220 } },
            run: { font: FONT }
          }
        }
      ]
    }
  ]
};
export {
  BULLET_LIST,
  numbering
};
