// The report templates the app offers: built-in and your own, a way to copy a built-in one into your templates folder
// to edit it, and every template file that could not be loaded with what is wrong in it.
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { TemplateProblemView, TemplateSummary } from '../../../../electron/common/ipc/templates.contract';
import { call, messageOf } from '../../api/client';
import { useNotify } from '../../components/notifications';

export function TemplatesSection() {
  const notify = useNotify();
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [problems, setProblems] = useState<TemplateProblemView[]>([]);
  const [folder, setFolder] = useState('');

  const load = useCallback(async () => {
    try {
      const list = await call('templates:list', {});
      setTemplates(list.forNewCases);
      setProblems(list.problems);
      setFolder(list.userFolder);
    } catch (e) {
      notify.error(messageOf(e));
    }
  }, [notify]);
  useEffect(() => void load(), [load]);

  const copy = async (t: TemplateSummary) => {
    try {
      const copied = await call('templates:copyToUserFolder', { id: t.id, version: t.version });
      notify.info(`Copied to ${copied.fileName} in your templates folder. Edit it there; the app reads it the next time the list is opened.`);
      await load();
    } catch (e) {
      notify.error(messageOf(e));
    }
  };

  return (
    <section aria-label="Report templates" style={{ display: 'grid', gap: 10 }}>
      <Subtitle1 as="h2">Report templates</Subtitle1>
      <Body1>
        Built-in templates follow the regulations; to change one, copy it into your templates folder and edit the copy (see templates/README.md). Your
        folder: <Caption1 style={{ fontFamily: 'monospace' }}>{folder}</Caption1>
      </Body1>
      <Table size="small" aria-label="Templates">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Template</TableHeaderCell>
            <TableHeaderCell>Version</TableHeaderCell>
            <TableHeaderCell>Source</TableHeaderCell>
            <TableHeaderCell aria-label="Actions" />
          </TableRow>
        </TableHeader>
        <TableBody>
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
        </TableBody>
      </Table>
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
