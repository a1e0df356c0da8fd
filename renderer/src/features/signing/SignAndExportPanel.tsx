// "Sign and export": stamps the signing date and county into the declaration, marks the case signed, writes the signed
// report (no DRAFT mark) where the physician chooses, and records it in the export history.
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle1,
} from '@fluentui/react-components';
import { SignatureRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../../electron/common/case/signing-model';
import type { SignOutcome } from '../../../../electron/common/ipc/export.contract';
import { formatUsDate, todayIso } from '../../../../electron/common/util/iso-date';
import { messageOf } from '../../api/client';
import { flushAllAutosaves } from '../../hooks/use-autosave';
import { settingsApi } from '../settings/settings-api';
import { signingApi } from './signing-api';

export interface SignAndExportPanelProps {
  detail: CaseDetail;
  defaultCounty: string;
  /** The county typed here is the case's county of signing, so drafts print it too. */
  onCountyChange: (county: string) => void;
  onSigned: (outcome: SignOutcome) => void;
}

export function SignAndExportPanel({ detail, defaultCounty, onCountyChange, onSigned }: SignAndExportPanelProps) {
  const [county, setCounty] = useState(defaultCounty);
  const [date, setDate] = useState(todayIso());
  const [proof, setProof] = useState(false);
  const [method, setMethod] = useState<'mail' | 'electronic'>('mail');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<SignOutcome | null>(null);

  // The county entered for this case wins; otherwise the one in the physician's profile.
  useEffect(() => {
    if (defaultCounty) return;
    settingsApi.get().then(
      (v) => v.profile?.defaultCounty && setCounty((c) => c || v.profile!.defaultCounty),
      () => undefined,
    );
  }, [defaultCounty]);

  const sign = async () => {
    setBusy(true);
    setError(null);
    try {
      await flushAllAutosaves();
      const result = await signingApi.sign({
        caseId: detail.id,
        county,
        signingDate: date,
        proofOfService: proof,
        serviceMethod: method,
      });
      if (result.filePath) {
        setOutcome(result);
        onSigned(result);
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  if (detail.signedVersion) {
    const s = detail.signedVersion;
    return (
      <section aria-label="Sign and export" style={{ display: 'grid', gap: 8 }}>
        <Subtitle1 as="h3">Signed</Subtitle1>
        <Body1 role="status">
          Version {s.version} was signed on {formatUsDate(s.signingDate)} in {s.county} County.
          {outcome?.filePath ? ` Saved to ${outcome.filePath}.` : ''}
        </Body1>
        {outcome?.incomplete && (
          <MessageBar intent="warning">
            <MessageBarBody>
              The compliance check had missing items; the export history marks this export as incomplete.
            </MessageBarBody>
          </MessageBar>
        )}
      </section>
    );
  }

  return (
    <section aria-label="Sign and export" style={{ display: 'grid', gap: 10, maxWidth: 640 }}>
      <Subtitle1 as="h3">Sign and export</Subtitle1>
      <Body1>
        Signing stamps the date and county into the declaration under penalty of perjury, marks the case signed and writes the
        report without the DRAFT mark. Changing the case afterwards creates a new version.
      </Body1>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Field label="County where you sign" required>
          <Input
            value={county}
            onChange={(_, d) => {
              setCounty(d.value);
              onCountyChange(d.value);
            }}
          />
        </Field>
        <Field label="Date of signing">
          <Input type="date" value={date} max={todayIso()} onChange={(_, d) => setDate(d.value)} />
        </Field>
      </div>
      <Checkbox label="Append the proof of service" checked={proof} onChange={(_, d) => setProof(Boolean(d.checked))} />
      {proof && (
        <RadioGroup
          layout="horizontal"
          aria-label="Method of service"
          value={method}
          onChange={(_, d) => setMethod(d.value as 'mail' | 'electronic')}
        >
          <Radio value="mail" label="By mail" />
          <Radio value="electronic" label="Electronically" />
        </RadioGroup>
      )}
      {error && <Body1 role="alert">{error}</Body1>}
      <div>
        <Button
          appearance="primary"
          icon={<SignatureRegular />}
          disabled={busy || county.trim() === ''}
          onClick={() => void sign()}
        >
          {busy ? 'Signing…' : 'Sign and export'}
        </Button>
      </div>
    </section>
  );
}
