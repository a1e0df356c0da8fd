// Styles the discussion editors add to the case-data editors' card styles: selects whose long options (LC §4664 regions,
// fee codes) shrink with the column instead of pushing it wider, and capped widths for single selects at 200% zoom.
import { makeStyles } from '@fluentui/react-components';

export const useDiscussionStyles = makeStyles({
  /** On the Select root and its select slot: the grid/flex item may shrink below its widest option. */
  fit: { minWidth: 0, maxWidth: '100%' },
  fitSelect: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  /** A lone select (status, code, ground) needs no more than this. */
  medium: { flexGrow: 1, flexBasis: '16rem', maxWidth: '32rem', minWidth: 0 },
});
