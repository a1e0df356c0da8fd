// "Sign and export": stamps the signing date and county into the declaration, marks the case signed, writes the signed
// report (no DRAFT mark) where the physician chooses, and records it in the export history. It signs only what the compliance
// check lets through: what is missing is listed with links, and open warnings are accepted first ("Sign anyway").
import { Body1, Button, Checkbox, Field, Input, Radio, RadioGroup, Subtitle1 } from '@fluentui/react-components';
import { SignatureRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../../electron/common/case/signing-model';
import { dismissKey } from '../../../../electron/common/compliance/dismissals';
import type { ComplianceItem } from '../../../../electron/common/compliance/run-compliance-check';
import type { SignOutcome } from '../../../../electron/common/ipc/export.contract';
import { signingGate } from '../../../../electron/common/report/workflow';
import { formatUsDate, isValidIsoDate, todayIso } from '../../../../electron/common/util/iso-date';
import { messageOf } from '../../api/client';
import { flushAllAutosaves } from '../../hooks/use-autosave';
import { settingsApi } from '../settings/settings-api';
import { MissingBeforeSigning } from './MissingBeforeSigning';
import { refreshSignCheck, setSigningDate, useSignCheck } from './sign-check';
import { signingApi } from './signing-api';
import { SignWarningsDialog } from './SignWarningsDialog';
import { OpenExportedButtons } from '../export/OpenExportedButtons';
import { tabOutOfDate } from '../../components/fields';

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
  const check = useSignCheck(detail.id);
  /** Set once Sign was pressed with items missing: the list then follows the check until nothing is missing. */
  const [showMissing, setShowMissing] = useState(false);
  /** The open warnings awaiting "Sign anyway". */
  const [confirming, setConfirming] = useState<ComplianceItem[] | null>(null);
  const missing = check.items ? signingGate(check.items).blocking : [];

  // The check counts from the date chosen here, as signing will stamp it.
  const signed = detail.signedVersion !== null;
  useEffect(() => {
    if (!signed && isValidIsoDate(date)) setSigningDate(detail.id, date);
  }, [detail.id, date, signed]);

  // The county entered for this case wins; otherwise the one in the physician's profile.
  useEffect(() => {
    if (defaultCounty) return;
    settingsApi.get().then(
      (v) => v.profile?.defaultCounty && setCounty((c) => c || v.profile!.defaultCounty),
      () => undefined,
    );
  }, [defaultCounty]);

  /** Checks what is saved now, then signs, lists what is missing, or asks to accept the open warnings not yet accepted. */
  const sign = async (accepted: readonly ComplianceItem[] = []) => {
    setBusy(true);
    setError(null);
    setConfirming(null);
    try {
      await flushAllAutosaves();
      const now = await refreshSignCheck(detail.id);
      if (!now.items || now.error) {
        setError(now.error ?? 'The compliance check has not run yet; try again.');
        return;
      }
      const gate = signingGate(now.items);
      setShowMissing(gate.blocking.length > 0);
      if (gate.blocking.length) return;
      const acceptedKeys = new Set(accepted.map(dismissKey));
      if (gate.warnings.some((w) => !acceptedKeys.has(dismissKey(w)))) {
        setConfirming(gate.warnings);
        return;
      }
      const result = await signingApi.sign({
        caseId: detail.id,
        county,
        signingDate: date,
        proofOfService: proof,
        serviceMethod: method,
        acceptedWarnings: accepted.map(dismissKey),
      });
      if (result.filePath) {
        setOutcome(result);
        onSigned(result);
      }
    } catch (e) {
      // Refused after all (the report changed meanwhile): the list shows what the check finds now.
      setError(messageOf(e));
      setShowMissing(true);
      void refreshSignCheck(detail.id);
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
        {outcome?.historyId && <OpenExportedButtons historyId={outcome.historyId} />}
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
          <Input type="date" onKeyDown={tabOutOfDate} value={date} max={todayIso()} onChange={(_, d) => setDate(d.value)} />
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
      {showMissing && missing.length > 0 ? (
        <MissingBeforeSigning items={missing} goTo={check.goTo} />
      ) : (
        error && <Body1 role="alert">{error}</Body1>
      )}
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
      {confirming && (
        <SignWarningsDialog
          warnings={confirming}
          onSignAnyway={() => void sign(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
