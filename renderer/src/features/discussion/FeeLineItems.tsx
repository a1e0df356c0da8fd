// The computed fee as a compact table: each billed code with how its amount was reached, and the total, in $1,234.56.
import { Body1Strong, Caption1, TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { formatCents, type FeeResult } from '../../../../electron/common/calc/fees';
import { DataTable } from '../../components/DataTable';

export function FeeLineItems({ result }: { result: FeeResult }) {
  const local = useStyles();
  return (
    <div className={local.box}>
      <DataTable
        label="Fee line items"
        columns={[
          { label: 'Code', className: local.code },
          'Service',
          { label: 'Quantity', className: local.number, alignEnd: true },
          { label: 'Amount', className: local.number, alignEnd: true },
        ]}
      >
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
      </DataTable>
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
  service: { display: 'grid', paddingBlock: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
  total: { display: 'flex', justifyContent: 'flex-end', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
});
