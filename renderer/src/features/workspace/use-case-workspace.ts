// Everything the case workspace shows, loaded once per case: the case, its pinned template, its structured data and which
// sections have text. Edits update local state at once and autosave each list separately (debounced, one save at a time).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { buildWorkflow } from '../../../../electron/common/report/workflow';
import type { Template } from '../../../../electron/common/template/template-schema';
import { call, messageOf } from '../../api/client';
import { useAutosave, type SaveState } from '../../hooks/use-autosave';
import { useDiscussion } from './use-discussion';
import { onRecordsChanged } from '../records/records-events';
import { reportTotalsOf } from '../../../../electron/common/records/report-totals';
import type { PhysicianProfile, RecordsTotals } from '../../../../electron/common/report/template-values';

async function loadRecordsTotals(caseId: string): Promise<RecordsTotals | null> {
  return reportTotalsOf((await call('records:overview', { caseId })).totals);
}

type ListKind = 'injuries' | 'parties' | 'diagnoses' | 'measurements' | 'questions';
const SAVE_CHANNEL = {
  injuries: 'caseData:saveInjuries',
  parties: 'caseData:saveParties',
  diagnoses: 'caseData:saveDiagnoses',
  measurements: 'caseData:saveMeasurements',
  questions: 'caseData:saveQuestions',
} as const;

const ITEM_SCHEMA = { injuries: InjurySchema, parties: PartySchema, diagnoses: DiagnosisSchema, measurements: MeasurementSchema, questions: QuestionSchema } as const;

interface Loaded {
  /** The physician's profile and the records totals: templates print them (signature, page verification). */
  physician: PhysicianProfile | null;
  records: RecordsTotals | null;
  caseRecord: CaseDetail;
  template: Template;
  data: CaseData;
  filled: Set<string>;
}

/** The worst of several save states, for the one indicator in the top bar. */
export function combineSaveStates(states: SaveState[]): SaveState {
  return states.find((s) => s.kind === 'error') ?? states.find((s) => s.kind === 'saving' || s.kind === 'unsaved') ?? { kind: 'saved' };
}

export function useCaseWorkspace(caseId: string) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The latest values, so a patch merges with what was typed a moment ago even before React re-renders.
  const valuesRef = useRef<CaseData['values']>({});

  useEffect(() => {
    let live = true;
    (async () => {
      const caseRecord = await call('cases:get', { id: caseId });
      const [template, data, filled, settings, records] = await Promise.all([
        call('templates:get', caseRecord.template),
        call('caseData:get', { caseId }),
        call('documents:filled', { caseId }),
        call('settings:getProfile', {}),
        loadRecordsTotals(caseId),
      ]);
      if (!live) return;
      valuesRef.current = data.values;
      setLoaded({ caseRecord, template, data, filled: new Set(filled), physician: settings.profile, records });
    })().catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [caseId]);

  const saves = {
    injuries: useAutosave((items: CaseData['injuries']) => call(SAVE_CHANNEL.injuries, { caseId, items })),
    parties: useAutosave((items: CaseData['parties']) => call(SAVE_CHANNEL.parties, { caseId, items })),
    diagnoses: useAutosave((items: CaseData['diagnoses']) => call(SAVE_CHANNEL.diagnoses, { caseId, items })),
    measurements: useAutosave((items: CaseData['measurements']) => call(SAVE_CHANNEL.measurements, { caseId, items })),
    questions: useAutosave((items: CaseData['questions']) => call(SAVE_CHANNEL.questions, { caseId, items })),
    values: useAutosave((values: CaseData['values']) => call('caseData:saveValues', { caseId, values })),
  };

  /** Replaces one list; it is saved only when every item is valid, so a half-typed row never reaches the database. */
  const setList = useCallback(
    <K extends ListKind>(kind: K, items: CaseData[K]) => {
      setLoaded((l) => (l ? { ...l, data: { ...l.data, [kind]: items } } : l));
      const valid = (items as unknown[]).every((item) => ITEM_SCHEMA[kind].safeParse(item).success);
      if (valid) (saves[kind].change as (v: CaseData[K]) => void)(items);
    },
    [saves.injuries.change, saves.parties.change, saves.diagnoses.change, saves.measurements.change, saves.questions.change],
  );

  const setValues = useCallback(
    (patch: Record<string, FieldValue>) => {
      const values = { ...valuesRef.current, ...patch };
      valuesRef.current = values;
      setLoaded((l) => (l ? { ...l, data: { ...l.data, values } } : l));
      saves.values.change(values);
    },
    [saves.values.change],
  );

  const setFilled = useCallback((sectionId: string, isFilled: boolean) => {
    setLoaded((l) => {
      if (!l || l.filled.has(sectionId) === isFilled) return l;
      const filled = new Set(l.filled);
      if (isFilled) filled.add(sectionId);
      else filled.delete(sectionId);
      return { ...l, filled };
    });
  }, []);

  /** After an edit of the case fields (a CaseRecord) or a sign / reopen (a full CaseDetail). */
  const setCaseRecord = useCallback((caseRecord: CaseRecord | CaseDetail) => setLoaded((l) => (l ? { ...l, caseRecord: { ...l.caseRecord, ...caseRecord } } : l)), []);
  const refreshCase = useCallback(async () => setCaseRecord(await call('cases:get', { id: caseId })), [caseId, setCaseRecord]);

  // Records imported or changed in the records step: the page totals printed elsewhere follow.
  useEffect(
    () =>
      onRecordsChanged((changed) => {
        if (changed !== caseId) return;
        void loadRecordsTotals(caseId).then((records) => setLoaded((l) => (l ? { ...l, records } : l)));
      }),
    [caseId],
  );

  const values = useMemo(
    () => (loaded ? templateValues({ caseRecord: loaded.caseRecord, data: loaded.data, physician: loaded.physician, records: loaded.records }) : {}),
    [loaded],
  );
  const workflow = useMemo(
    () => (loaded ? buildWorkflow({ template: loaded.template, values, data: loaded.data, filledDocuments: loaded.filled, records: loaded.records }) : []),
    [loaded, values],
  );
  const discussion = useDiscussion(caseId);

  /** A template's own P&S fields and the calculator's P&S status describe one fact; an edit to either updates both. */
  const setValuesAndPs = useCallback(
    (patch: Record<string, FieldValue>) => {
      setValues(patch);
      if (!('psStatus' in patch) && !('psDate' in patch)) return;
      const status = valuesRef.current.psStatus;
      const date = valuesRef.current.psDate;
      const ps = status === 'permanent-and-stationary' ? { status: 'permanent-and-stationary' as const, date: typeof date === 'string' ? date : null }
        : status === 'not-permanent-and-stationary' ? { status: 'not-yet' as const, date: null }
        : null;
      if (discussion.data) discussion.update.disability(discussion.data.tdPeriods, ps);
    },
    [setValues, discussion.data, discussion.update],
  );
  const saveState = combineSaveStates([...Object.values(saves).map((s) => s.state), ...discussion.saveStates]);

  return { loaded, error, values, workflow, saveState, setList, setValues: setValuesAndPs, setValuesOnly: setValues, setFilled, setCaseRecord, refreshCase, discussion };
}
export type CaseWorkspaceModel = ReturnType<typeof useCaseWorkspace>;
