// Real Word bullet lists: one abstract numbering with a bullet level, referenced by every list paragraph.
import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import { FONT } from './styles.ts';

export const BULLET_LIST = 'resume-bullets';

export const numbering: INumberingOptions = {
  config: [
    {
      reference: BULLET_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '\u2022',
          alignment: AlignmentType.LEFT,
          style: {
            paragraph: { indent: { left: 300, hanging: 220 } },
            run: { font: FONT },
          },
        },
      ],
    },
  ],
};
