// Sections the app builds from case data: each generator shows the editor of the data it is built from.
// The switch is exhaustive, like the export's.
import { Body1 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { answerSectionId } from '../../../../../electron/common/case/structure-model';
import { ENTERED_BOUND_FIELDS } from '../../../../../electron/common/report/template-values';
import type { GeneratedSection } from '../../../../../electron/common/template/template-schema';
import { templateUses } from '../../../../../electron/common/template/template-uses';
import { guidesEditionOf, vocabularyOf } from '../../../../../electron/common/template/vocabulary';
import { DiagnosesEditor } from '../../case-data/DiagnosesEditor';
import { InjuriesEditor } from '../../case-data/InjuriesEditor';
import { MeasurementsEditor } from '../../case-data/MeasurementsEditor';
import { PartiesEditor } from '../../case-data/PartiesEditor';
import { QuestionsEditor } from '../../case-data/QuestionsEditor';
import { ApportionmentEditor } from '../../discussion/ApportionmentEditor';
import { ImpairmentEditor } from '../../discussion/ImpairmentEditor';
import { PriorAwardsEditor } from '../../discussion/PriorAwardsEditor';
import { PageVerificationSummary } from '../../records/PageVerificationSummary';
import { RecordsStep } from '../../records/RecordsStep';
import { useVocabulary } from '../../../hooks/use-vocabulary';
import { BoundFieldsForm } from '../BoundFieldsForm';
import { CaseDetailsForm } from '../CaseDetailsStep';
import { RichTextSection } from '../RichTextSection';
import type { CaseWorkspaceModel } from '../use-case-workspace';

const CASE_STEP_BOUND = ENTERED_BOUND_FIELDS.filter((n) => !n.startsWith('signing.'));

function Note({ children }: { children: ReactNode }) {
  return (
    <Body1 as="p" style={{ fontStyle: 'italic' }}>
      {children}
    </Body1>
  );
}

export function GeneratedSectionView({ section, model }: { section: GeneratedSection; model: CaseWorkspaceModel }) {
  const loaded = model.loaded!;
  const { caseRecord, template, data } = loaded;
  const words = useVocabulary();
  // The case's claimed body parts, suggested first wherever a body part is typed.
  const injuryBodyParts = [...new Set(data.injuries.flatMap((i) => i.bodyParts.map((p) => p.name)))];
  switch (section.generator) {
    case 'caption':
      return (
        <div style={{ display: 'grid', gap: 16 }}>
          <CaseDetailsForm caseRecord={caseRecord} onSaved={model.setCaseRecord} />
          <BoundFieldsForm template={template} names={CASE_STEP_BOUND} values={model.values} onChange={model.setValues} />
          {/* A template without its own injuries table (an auto or disability IME) still prints the date of loss. */}
          {!template.sections.some((x) => x.kind === 'generated' && x.generator === 'injuries-table') &&
            templateUses(template, 'case.datesOfInjury') && (
              <InjuriesEditor items={data.injuries} onChange={(items) => model.setList('injuries', items)} />
            )}
          <PartiesEditor items={data.parties} onChange={(items) => model.setList('parties', items)} />
        </div>
      );
    case 'injuries-table':
      return <InjuriesEditor items={data.injuries} onChange={(items) => model.setList('injuries', items)} />;
    case 'measurements-table':
      return (
        <MeasurementsEditor
          items={data.measurements}
          bodyParts={injuryBodyParts}
          onChange={(items) => model.setList('measurements', items)}
        />
      );
    case 'diagnoses-table':
      return (
        <DiagnosesEditor
          items={data.diagnoses}
          bodyParts={injuryBodyParts}
          onChange={(items) => model.setList('diagnoses', items)}
        />
      );
    case 'party-questions-answers':
      return (
        <QuestionsEditor
          items={data.questions}
          parties={data.parties}
          answered={loaded.filled}
          onChange={(items) => model.setList('questions', items)}

          renderAnswer={(question, numberLabel) => (
            <RichTextSection
              caseId={caseRecord.id}
              sectionId={answerSectionId(question.id)}
              label={`Answer to ${numberLabel}`}
              placeholder="Answer the question, with the basis for your opinion…"
              onFilledChange={(filled) => model.setFilled(answerSectionId(question.id), filled)}
            />
          )}
        />
      );
    case 'signature-block':
      return (
        <Note>
          Your name, credentials and {words.california ? 'QME number' : 'license number'} come from your physician profile
          (Settings); the {words.california ? 'county' : 'place'} and date of signing are entered in “Sign and export” below.
        </Note>
      );
    case 'records-reviewed-table':
      return <RecordsStep caseId={caseRecord.id} />;
    case 'page-verification':
      return <PageVerificationSummary caseId={caseRecord.id} />;
    case 'impairment-table': {
      const d = model.discussion;
      if (!d.data) return null;
      const capWarnings = [...(d.summary?.regionCaps?.warnings ?? []), ...(d.summary?.regionCapProblems ?? [])];
      return (
        <div style={{ display: 'grid', gap: 16 }}>
          <ImpairmentEditor
            injuries={data.injuries}
            items={d.data.impairments}
            combine={d.data.combine}
            combineAcross={d.data.combineAcross}
            onChange={d.update.impairments}
            edition={guidesEditionOf(vocabularyOf(template), model.values['case.guidesEdition'])}
          />
          {caseRecord.reportKind === 'QME' && (
            <PriorAwardsEditor items={d.data.priorAwards} warnings={capWarnings} onChange={d.update.priorAwards} />
          )}
        </div>
      );
    }
    case 'apportionment-table': {
      const d = model.discussion;
      if (!d.data) return null;
      return <ApportionmentEditor injuries={data.injuries} items={d.data.apportionments} onChange={d.update.apportionments} />;
    }
    case 'fixed-text':
      return null;
    default: {
      const unhandled: never = section.generator;
      return <Note>{String(unhandled)}</Note>;
    }
  }
}
