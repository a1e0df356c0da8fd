// Styles the discussion editors add to the case-data editors' card styles: selects whose long options (LC §4664 regions,
// fee codes) shrink with the column instead of pushing it wider, capped widths for single selects at 200% zoom, and the
// shaded box a combined-WPI result sits in (per injury and across injuries).
import { makeStyles, tokens } from '@fluentui/react-components';

export const useDiscussionStyles = makeStyles({
  /** On the Select root and its select slot: the grid/flex item may shrink below its widest option. */
  fit: { minWidth: 0, maxWidth: '100%' },
  fitSelect: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  /** A lone select (status, code, ground) needs no more than this. */
  medium: { flexGrow: 1, flexBasis: '16rem', maxWidth: '32rem', minWidth: 0 },
});

/** The shaded box of a combined WPI: the result line, its combining steps in monospace, muted notes. */
export const useCombinedStyles = makeStyles({
  box: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  result: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM },
  steps: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground2 },
});
