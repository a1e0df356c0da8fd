// Everything the case workspace shows, loaded once per case: the case, its pinned template, its structured data and which
// sections have text. Edits update local state at once and autosave each list separately (debounced, one save at a time).
// The P&S status is kept once, in the discussion data; the template's own P&S fields are derived from it. The rail's marks
// follow the compliance check as it will be signed, run again shortly after each change is saved.
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CaseRecord } from '../../../../electron/common/case/case-model';
import type { CaseDetail } from '../../../../electron/common/case/signing-model';
import {
  DiagnosisSchema,
  InjurySchema,
  MeasurementSchema,
  PartySchema,
  QuestionSchema,
  type CaseData,
  type FieldValue,
} from '../../../../electron/common/case/structure-model';
import { templateValues } from '../../../../electron/common/report/template-values';
import { buildWorkflow, withCompliance } from '../../../../electron/common/report/workflow';
import type { Template } from '../../../../electron/common/template/template-schema';
import type { PsStatus, TdPeriod } from '../../../../electron/common/case/discussion-model';
import { messageOf } from '../../api/client';
import { flushAllAutosaves, useAutosave, type SaveState } from '../../hooks/use-autosave';
import { casesApi } from '../cases/cases-api';
import { caseDataApi, type CaseDataList } from '../case-data/case-data-api';
import { loadRecordsOverview } from '../records/use-records-overview';
import { settingsApi } from '../settings/settings-api';
import { refreshSignCheck, useSignCheck } from '../signing/sign-check';
import { useDiscussion } from './use-discussion';
import { onRecordsChanged } from '../records/records-events';
import { reportTotalsOf, type RecordsTotals } from '../../../../electron/common/records/report-totals';
import type { PhysicianProfile } from '../../../../electron/common/settings/settings-model';
import {
  psFieldValues,
  psFromFieldValues,
  splitPsFields,
  templateHasPsFields,
} from '../../../../electron/common/case/ps-status-fields';
import { workspaceApi } from './workspace-api';

async function loadRecordsTotals(caseId: string): Promise<RecordsTotals | null> {
  // The same reply the Records step shows, when it asks within moments: one request per open, not one per view.
  return reportTotalsOf((await loadRecordsOverview(caseId)).totals);
}

const ITEM_SCHEMA = {
  injuries: InjurySchema,
  parties: PartySchema,
  diagnoses: DiagnosisSchema,
  measurements: MeasurementSchema,
  questions: QuestionSchema,
} as const;

interface Loaded {
  /** The physician's profile and the records totals: templates print them (signature, page verification). */
  physician: PhysicianProfile | null;
  records: RecordsTotals | null;
  caseRecord: CaseDetail;
  template: Template;
  data: CaseData;
  filled: Set<string>;
}

/** How long after the last change the compliance check runs again (the autosaves wait 0.5 s; this lets them finish). */
const CHECK_AFTER_MS = 1200;

/** The worst of several save states, for the one indicator in the top bar. */
function combineSaveStates(states: SaveState[]): SaveState {
  return (
    states.find((s) => s.kind === 'error') ?? states.find((s) => s.kind === 'saving' || s.kind === 'unsaved') ?? { kind: 'saved' }
  );
}

export function useCaseWorkspace(caseId: string) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The latest values, so a patch merges with what was typed a moment ago even before React re-renders.
  const valuesRef = useRef<CaseData['values']>({});

  useEffect(() => {
    let live = true;
    (async () => {
      // All asked at once: only the template waits, for the case that names it.
      const [[caseRecord, template], data, filled, settings, records] = await Promise.all([
        casesApi.get(caseId).then(async (c) => [c, await settingsApi.getTemplate(c.template)] as const),
        caseDataApi.get(caseId),
        workspaceApi.filledSections(caseId),
        settingsApi.get(),
        loadRecordsTotals(caseId),
      ]);
      if (!live) return;
      valuesRef.current = data.values;
      // The whole first step drawn as a transition, in slices, so the screen never freezes for the length of it.
      startTransition(() =>
        setLoaded({ caseRecord, template, data, filled: new Set(filled), physician: settings.profile, records }),
      );
    })().catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [caseId]);

  const saves = {
    injuries: useAutosave((items: CaseData['injuries']) => caseDataApi.saveInjuries(caseId, items)),
    parties: useAutosave((items: CaseData['parties']) => caseDataApi.saveParties(caseId, items)),
    diagnoses: useAutosave((items: CaseData['diagnoses']) => caseDataApi.saveDiagnoses(caseId, items)),
    measurements: useAutosave((items: CaseData['measurements']) => caseDataApi.saveMeasurements(caseId, items)),
    questions: useAutosave((items: CaseData['questions']) => caseDataApi.saveQuestions(caseId, items)),
    values: useAutosave((values: CaseData['values']) => caseDataApi.saveValues(caseId, values)),
  };
  const discussion = useDiscussion(caseId);
  const check = useSignCheck(caseId);

  // The check reads what is saved: it runs once the case is on screen and again once changes have settled and are written.
  // Not before: it assembles the whole report, and the backend answers one request at a time, so asked together with the
  // case it delayed the first step (the first step's own requests, sent as it is drawn, go before it).
  const checkTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const scheduleCheck = useCallback(() => {
    clearTimeout(checkTimer.current);
    checkTimer.current = setTimeout(() => {
      void flushAllAutosaves().then(() => refreshSignCheck(caseId));
    }, CHECK_AFTER_MS);
  }, [caseId]);
  const shown = loaded !== null;
  useEffect(() => {
    if (shown) void refreshSignCheck(caseId);
  }, [caseId, shown]);
  useEffect(() => () => clearTimeout(checkTimer.current), [caseId]);

  // The template's own P&S fields, derived from the discussion's P&S status once both are loaded; null while they show
  // the field values as stored (the discussion is still loading, or the template has no such fields).
  const template = loaded?.template;
  const ps = discussion.data?.ps;
  const psFields = useMemo(
    () => (template && ps !== undefined && templateHasPsFields(template) ? psFieldValues(ps) : null),
    [template, ps],
  );
  const psFieldsRef = useRef(psFields);
  psFieldsRef.current = psFields;

  /** Replaces one list; it is saved only when every item is valid, so a half-typed row never reaches the database. */
  const setList = useCallback(
    <K extends CaseDataList>(kind: K, items: CaseData[K]) => {
      setLoaded((l) => (l ? { ...l, data: { ...l.data, [kind]: items } } : l));
      const valid = (items as unknown[]).every((item) => ITEM_SCHEMA[kind].safeParse(item).success);
      if (valid) (saves[kind].change as (v: CaseData[K]) => void)(items);
    },
    [saves.injuries.change, saves.parties.change, saves.diagnoses.change, saves.measurements.change, saves.questions.change],
  );

  /** Applies a patch of field values and saves them (the template's P&S fields are derived, never saved). */
  const applyValues = useCallback(
    (patch: Record<string, FieldValue>) => {
      if (Object.keys(patch).length === 0) return;
      const values = { ...valuesRef.current, ...patch };
      valuesRef.current = values;
      setLoaded((l) => (l ? { ...l, data: { ...l.data, values } } : l));
      saves.values.change(values);
    },
    [saves.values.change],
  );

  /** Temporary disability and the P&S status, from the calculator; the template's P&S fields follow the status. */
  const setDisability = useCallback(
    (tdPeriods: TdPeriod[], nextPs: PsStatus | null) => discussion.update.disability(tdPeriods, nextPs),
    [discussion.update],
  );

  /** Field values; an edit of the template's P&S fields is an edit of the one P&S status. */
  const setValues = useCallback(
    (patch: Record<string, FieldValue>) => {
      const shown = psFieldsRef.current;
      const { ps: psEdit, rest } = splitPsFields(patch);
      if (shown && psEdit && discussion.data)
        discussion.update.disability(discussion.data.tdPeriods, psFromFieldValues({ ...shown, ...psEdit }));
      applyValues(rest);
    },
    [applyValues, discussion.data, discussion.update],
  );

  const setFilled = useCallback(
    (sectionId: string, isFilled: boolean) => {
      // Called on every edit of a section's text, whose saves the workspace does not see: the check follows them too.
      scheduleCheck();
      setLoaded((l) => {
        if (!l || l.filled.has(sectionId) === isFilled) return l;
        const filled = new Set(l.filled);
        if (isFilled) filled.add(sectionId);
        else filled.delete(sectionId);
        return { ...l, filled };
      });
    },
    [scheduleCheck],
  );

  /** After an edit of the case fields (a CaseRecord) or a sign / reopen (a full CaseDetail), both already saved. */
  const setCaseRecord = useCallback(
    (caseRecord: CaseRecord | CaseDetail) => {
      setLoaded((l) => (l ? { ...l, caseRecord: { ...l.caseRecord, ...caseRecord } } : l));
      scheduleCheck();
    },
    [scheduleCheck],
  );
  const refreshCase = useCallback(async () => setCaseRecord(await casesApi.get(caseId)), [caseId, setCaseRecord]);

  // Records imported or changed in the records step: the page totals printed elsewhere follow.
  useEffect(
    () =>
      onRecordsChanged((changed) => {
        if (changed !== caseId) return;
        void loadRecordsTotals(caseId).then((records) => setLoaded((l) => (l ? { ...l, records } : l)));
        scheduleCheck();
      }),
    [caseId, scheduleCheck],
  );

  /** The case data as the report sees it: the stored values with the P&S fields derived from the P&S status. */
  const data = useMemo(
    () => (loaded && psFields ? { ...loaded.data, values: { ...loaded.data.values, ...psFields } } : loaded?.data),
    [loaded, psFields],
  );
  const values = useMemo(
    () =>
      loaded && data
        ? templateValues({
            caseRecord: loaded.caseRecord,
            data,
            physician: loaded.physician,
            records: loaded.records,
          })
        : {},
    [loaded, data],
  );
  // The sections come from what is on screen; whether each step and section is complete comes from the check.
  const workflow = useMemo(
    () =>
      loaded && data
        ? withCompliance(
            buildWorkflow({
              template: loaded.template,
              values,
              data,
              filledDocuments: loaded.filled,
              records: loaded.records,
            }),
            check.items,
          )
        : [],
    [loaded, data, values, check.items],
  );
  const saveState = combineSaveStates([...Object.values(saves).map((s) => s.state), ...discussion.saveStates]);
  // Each time the saves settle (not at opening, when nothing has changed since the check above).
  const lastSaveKind = useRef(saveState.kind);
  useEffect(() => {
    const before = lastSaveKind.current;
    lastSaveKind.current = saveState.kind;
    if (saveState.kind === 'saved' && before !== 'saved') scheduleCheck();
  }, [saveState.kind, scheduleCheck]);

  return {
    loaded,
    error,
    values,
    workflow,
    saveState,
    setList,
    setValues,
    setDisability,
    setFilled,
    setCaseRecord,
    refreshCase,
    discussion,
  };
}
export type CaseWorkspaceModel = ReturnType<typeof useCaseWorkspace>;
