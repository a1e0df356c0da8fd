// One template section in the workspace: its title and status, its fixed text as it will print, and its editor by kind.
import { Badge, Caption1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkflowSection } from '../../../../../electron/common/report/workflow';
import { readTableValue, tableValueName } from '../../../../../electron/common/report/table-values';
import { TableSectionEditor } from '../../case-data/TableSectionEditor';
import { RichTextSection } from '../RichTextSection';
import type { CaseWorkspaceModel } from '../use-case-workspace';
import { FieldsSectionView } from './FieldsSectionView';
import { FixedTextPreview } from './FixedTextPreview';
import { GeneratedSectionView } from './GeneratedSectionView';

const useStyles = makeStyles({
  card: { display: 'grid', gap: '10px', padding: '16px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
});

export interface SectionCardProps {
  view: WorkflowSection;
  model: CaseWorkspaceModel;
  onFocusSection: (sectionId: string) => void;
}

export function SectionCard({ view, model, onFocusSection }: SectionCardProps) {
  const styles = useStyles();
  const { section, required, completion, missing } = view;
  const { caseRecord, template, data } = model.loaded!;

  const body = (() => {
    switch (section.kind) {
      case 'narrative':
        return (
          <>
            <FieldsSectionView section={section} values={model.values} onChange={model.setValues} />
            <RichTextSection
              caseId={caseRecord.id}
              sectionId={section.id}
              label={section.title}
              onFilledChange={(filled) => model.setFilled(section.id, filled)}
            />
          </>
        );
      case 'fields':
        return <FieldsSectionView section={section} values={model.values} onChange={model.setValues} />;
      case 'table':
        return (
          <TableSectionEditor
            spec={section.table}
            value={readTableValue(data.values, section.id, section.table)}
            onChange={(value) => model.setValues({ [tableValueName(section.id)]: JSON.stringify(value) })}
          />
        );
      case 'generated':
        return <GeneratedSectionView section={section} model={model} />;
      default: {
        const unhandled: never = section;
        return String(unhandled);
      }
    }
  })();

  return (
    <section
      className={styles.card}
      id={`section-${section.id}`}
      aria-labelledby={`section-title-${section.id}`}
      onFocusCapture={() => onFocusSection(section.id)}
    >
      <div className={styles.head}>
        <Subtitle1 as="h3" id={`section-title-${section.id}`}>
          {section.title}
        </Subtitle1>
        {required ? (
          <Badge appearance="outline" color="informative">
            Required
          </Badge>
        ) : (
          <Badge appearance="outline" color="subtle">
            Optional
          </Badge>
        )}
        {completion === 'complete' && <Badge color="success">Done</Badge>}
        {completion === 'incomplete' && <Caption1>Still needed: {missing.join('; ')}</Caption1>}
      </div>
      <FixedTextPreview template={template} section={section} values={model.values} />
      {body}
    </section>
  );
}
