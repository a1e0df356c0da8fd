// List definitions plus an allocator that gives each list in the report its own instance,
// so every numbered list restarts at 1 instead of continuing the previous one.
import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';

export const BULLET_REF = 'report-bullets';
export const NUMBERED_REF = 'report-numbers';

export const REPORT_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLET_REF,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '\u2022',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } },
        },
      ],
    },
    {
      reference: NUMBERED_REF,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } },
        },
      ],
    },
  ],
};

export function createListInstanceAllocator() {
  let next = 0;
  return () => ++next;
}
export type ListInstanceAllocator = ReturnType<typeof createListInstanceAllocator>;
