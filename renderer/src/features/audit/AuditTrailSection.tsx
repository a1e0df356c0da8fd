// Settings → Audit trail: how many years the trail of a deleted case is kept, and "Verify audit trail", which recomputes
// every chain and says whether it is intact or names the first event that was changed.
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AuditVerifyResult } from '../../../../electron/common/ipc/audit.contract';
import { WholeNumberInput } from '../../components/whole-number-input';
import { useAction } from '../../hooks/use-action';
import { auditApi } from './audit-api';

const when = (iso: string) => new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
const brokenText = (b: { caseId: string; seq: number; at: string; reason: string }) =>
  `Event ${b.seq} of ${b.caseId ? `case ${b.caseId}` : 'the app-wide trail'} (${when(b.at)}): ${b.reason}.`;

export function AuditTrailSection() {
  const [years, setYears] = useState<number | null>(null);
  const [result, setResult] = useState<AuditVerifyResult | null>(null);
  const load = useAction(async () => setYears((await auditApi.retention()).years));
  const save = useAction(async (value: number) => setYears((await auditApi.saveRetention(value)).years));
  const verify = useAction(async () => {
    setResult(null);
    setResult(await auditApi.verify());
  });
  const loadRetention = load.run;
  useEffect(() => void loadRetention(), [loadRetention]);

  return (
    <section aria-label="Audit trail" style={{ display: 'grid', gap: 10, maxWidth: 720 }}>
      <Subtitle1 as="h2">Audit trail</Subtitle1>
      <Body1>
        Every case keeps a tamper-evident record of who did what and when: created, edited, records imported, signed, exported,
        served. A deleted case’s trail and signatures are kept for the retention period below.
      </Body1>
      {/* In a flex row, so the two-digit field keeps its own width instead of the section's. */}
      {years !== null && (
        <div style={{ display: 'flex' }}>
          <WholeNumberInput
            label="Keep the trail of a deleted case for"
            ariaLabel="Audit trail retention in years"
            hint="California requires keeping medical-legal records; 7 years is the default."
            unit="years"
            min={1}
            max={30}
            required
            value={years}
            onChange={(v) => v !== null && v !== years && void save.run(v)}
          />
        </div>
      )}
      <div>
        <Button onClick={() => void verify.run()} disabled={verify.busy}>
          {verify.busy ? 'Verifying…' : 'Verify audit trail'}
        </Button>
      </div>
      {result?.ok && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Audit trail intact</MessageBarTitle>
            {plural(result.events, 'event')} checked in {plural(result.chains, 'trail')}; none was changed.
          </MessageBarBody>
        </MessageBar>
      )}
      {result && !result.ok && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Audit trail changed</MessageBarTitle>
            {brokenText(result.broken)} Keep a copy of the data folder and of your backups as they are.
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
