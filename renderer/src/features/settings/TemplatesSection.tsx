// The report templates the app offers: built-in and your own, a way to copy a built-in one into your templates folder
// to edit it, and every template file that could not be loaded with what is wrong in it.
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle1, TableCell, TableRow } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { TemplateProblemView, TemplateSummary } from '../../../../electron/common/ipc/templates.contract';
import { DataTable } from '../../components/DataTable';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { settingsApi } from './settings-api';

export function TemplatesSection() {
  const notify = useNotify();
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [problems, setProblems] = useState<TemplateProblemView[]>([]);
  const [folder, setFolder] = useState('');

  const { run: load } = useAction(async () => {
    const list = await settingsApi.listTemplates();
    setTemplates(list.forNewCases);
    setProblems(list.problems);
    setFolder(list.userFolder);
  });
  useEffect(() => void load(), [load]);

  const { run: copy } = useAction(async (t: TemplateSummary) => {
    const copied = await settingsApi.copyTemplateToUserFolder({ id: t.id, version: t.version });
    notify.info(
      `Copied to ${copied.fileName} in your templates folder. Edit it there; the app reads it the next time the list is opened.`,
    );
    await load();
  });

  return (
    <section aria-label="Report templates" style={{ display: 'grid', gap: 10 }}>
      <Subtitle1 as="h2">Report templates</Subtitle1>
      <Body1>
        Built-in templates follow the regulations; to change one, copy it into your templates folder and edit the copy (see
        templates/README.md). Your folder: <Caption1 style={{ fontFamily: 'monospace' }}>{folder}</Caption1>
      </Body1>
      <DataTable label="Templates" columns={['Template', 'Version', 'Source', { ariaLabel: 'Actions' }]}>
        {templates.map((t) => (
          <TableRow key={`${t.id}@${t.version}`}>
            <TableCell>{t.title}</TableCell>
            <TableCell>{t.version}</TableCell>
            <TableCell>{t.origin === 'builtin' ? 'Built in' : `Yours (${t.fileName})`}</TableCell>
            <TableCell>
              {t.origin === 'builtin' && (
                <Button size="small" onClick={() => void copy(t)} aria-label={`Copy ${t.title} to my templates`}>
                  Copy to my templates
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
      {problems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            These template files could not be loaded and are not offered for new cases; your cases are not affected:
            <ul aria-label="Template problems">
              {problems.map((p, i) => (
                <li key={i}>
                  <strong>{p.fileName}</strong>
                  {p.path ? ` at ${p.path}${p.line ? ` (line ${p.line})` : ''}` : ''}: {p.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
