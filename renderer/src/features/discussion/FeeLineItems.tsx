// The computed fee as a compact table: each billed code with how its amount was reached, and the total, in $1,234.56.
import {
  Body1Strong,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatCents, type FeeResult } from '../../../../electron/common/calc/fees';

export function FeeLineItems({ result }: { result: FeeResult }) {
  const local = useStyles();
  return (
    <div className={local.box}>
      <Table size="small" aria-label="Fee line items">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={local.code}>Code</TableHeaderCell>
            <TableHeaderCell>Service</TableHeaderCell>
            <TableHeaderCell className={local.number} button={{ className: local.right }}>
              Quantity
            </TableHeaderCell>
            <TableHeaderCell className={local.number} button={{ className: local.right }}>
              Amount
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.lineItems.map((li) => (
            <TableRow key={li.code}>
              <TableCell className={local.code}>{li.code}</TableCell>
              <TableCell>
                <div className={local.service}>
                  {li.description}
                  <Caption1 className={local.muted}>{li.explanation}</Caption1>
                </div>
              </TableCell>
              <TableCell className={local.number}>
                {li.quantity} {li.unit}
                {li.quantity === 1 ? '' : 's'}
              </TableCell>
              <TableCell className={local.number}>{formatCents(li.amountCents)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div role="status" aria-label="Fee total" className={local.total}>
        <Body1Strong>Total: {result.total}</Body1Strong>
        <Caption1 className={local.muted}>
          modifiers combined {result.combining === 'additive' ? 'additively' : 'multiplicatively'}
        </Caption1>
      </div>
    </div>
  );
}

const useStyles = makeStyles({
  box: { display: 'grid', gap: tokens.spacingVerticalXS },
  code: { width: '9rem', whiteSpace: 'nowrap' },
  number: { width: '9rem', textAlign: 'right', whiteSpace: 'nowrap' },
  right: { justifyContent: 'flex-end' },
  service: { display: 'grid', paddingBlock: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
  total: { display: 'flex', justifyContent: 'flex-end', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
});
