// List definitions plus an allocator that gives each list in the report its own instance,
// so every numbered list restarts at 1 instead of continuing the previous one.
import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import { MAX_LIST_INDENT } from '../../../common/document/doc-model';

export const BULLET_REF = 'report-bullets';
export const NUMBERED_REF = 'report-numbers';

// A nested item (Tab in the editor) steps in half an inch a level; marks cycle as Word's own defaults do.
const BULLETS = ['\u2022', '\u25E6', '\u25AA'];
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

function listLevels(mark: (level: number) => { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string }) {
  return Array.from({ length: MAX_LIST_INDENT + 1 }, (_, level) => ({
    level,
    ...mark(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

export const REPORT_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLET_REF,
      levels: listLevels((level) => ({ format: LevelFormat.BULLET, text: BULLETS[level % BULLETS.length]! })),
    },
    {
      reference: NUMBERED_REF,
      levels: listLevels((level) => ({ format: NUMBER_FORMATS[level % NUMBER_FORMATS.length]!, text: `%${level + 1}.` })),
    },
  ],
};

export function createListInstanceAllocator() {
  let next = 0;
  return () => ++next;
}
export type ListInstanceAllocator = ReturnType<typeof createListInstanceAllocator>;
