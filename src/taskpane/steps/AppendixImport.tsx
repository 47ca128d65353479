/**
 * Nhập phụ lục — a task or project appendix copied from Word, read against the plan's agency
 * registry; the rows go into the workbook's plan only when nothing in them is an error.
 */
import { Button, Caption1, Field, Input, Radio, RadioGroup, Subtitle2, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { Plan } from '../../domain/plan';
import type { ImportedAppendix } from '../../rules/import/appendix';
import { usePane } from '../PaneContext';
import { FindingsView } from '../components/FindingsView';
import { loadEngine } from '../engine/load';
import { useI18n } from '../i18n/I18nContext';
import { bothLanguages } from '../i18n/strings';
import { severityCounts } from '../state/findingsFilter';
import type { Master } from '../state/master';

type Kind = 'tasks' | 'projects';

export function AppendixImport({ plan, master }: { plan: Plan; master: Master }) {
  const { dispatch, job } = usePane();
  const { strings } = useI18n();
  const [kind, setKind] = useState<Kind>('tasks');
  const [source, setSource] = useState('');
  const [idPrefix, setIdPrefix] = useState('');
  const [text, setText] = useState('');
  const [imported, setImported] = useState<ImportedAppendix | null>(null);
  const [mergeFindings, setMergeFindings] = useState<ImportedAppendix['findings'] | null>(null);

  const read = () =>
    job.run(strings.appendixRead, async () => {
      const engine = await loadEngine();
      setImported(engine.readAppendix(plan, { text, kind, source, idPrefix }));
      setMergeFindings(null);
    });

  const add = (rows: ImportedAppendix) =>
    job.run(strings.appendixAdd, async () => {
      const outcome = await (await loadEngine()).addAppendix(master, plan, rows);
      if (!outcome.written) {
        setMergeFindings([...outcome.findings]);
        return;
      }
      dispatch({ type: 'masterWritten' });
      dispatch({ type: 'planRead', plan: outcome.state.plan, findings: outcome.state.findings, summary: outcome.state.summary });
      dispatch({ type: 'noticed', intent: 'success', text: bothLanguages('appendixAdded', rows.tasks.length + rows.projects.length) });
      setImported(null);
      setText('');
    });

  const rowCount = imported === null ? 0 : imported.tasks.length + imported.projects.length;
  const blocked = imported === null || rowCount === 0 || severityCounts(imported.findings).errors > 0;
  return (
    <section className="stack" aria-labelledby="appendix-heading">
      <Subtitle2 as="h2" id="appendix-heading">
        {strings.appendixHeading}
      </Subtitle2>
      <Caption1 id="appendix-hint">{strings.appendixHint}</Caption1>
      <Field label={strings.appendixKind}>
        <RadioGroup layout="horizontal" value={kind} onChange={(_, data) => setKind(data.value as Kind)}>
          <Radio value="tasks" label={strings.appendixKindTasks} />
          <Radio value="projects" label={strings.appendixKindProjects} />
        </RadioGroup>
      </Field>
      <Field label={strings.appendixSource}>
        <Input value={source} onChange={(_, data) => setSource(data.value)} />
      </Field>
      <Field label={strings.appendixIdPrefix}>
        <Input value={idPrefix} onChange={(_, data) => setIdPrefix(data.value)} />
      </Field>
      <Field label={strings.appendixText}>
        <Textarea
          aria-describedby="appendix-hint"
          resize="vertical"
          rows={6}
          value={text}
          onChange={(_, data) => {
            setText(data.value);
            setImported(null);
          }}
        />
      </Field>
      <div className="actions">
        <Button onClick={() => void read()} disabled={job.state.running || text.trim() === ''}>
          {strings.appendixRead}
        </Button>
        <Button appearance="primary" onClick={() => imported !== null && void add(imported)} disabled={job.state.running || blocked}>
          {strings.appendixAdd}
        </Button>
      </div>
      {imported !== null ? (
        <>
          <Caption1 role="status">
            {strings.appendixReadResult(imported.sections.length, rowCount)}
            {severityCounts(imported.findings).errors > 0 ? ` ${strings.appendixHasErrors}` : ''}
          </Caption1>
          {imported.findings.length > 0 ? (
            <FindingsView label={strings.appendixHeading} groups={[{ key: 'appendix', title: strings.appendixHeading, findings: imported.findings }]} />
          ) : null}
        </>
      ) : null}
      {mergeFindings !== null ? (
        <>
          <Caption1 role="alert">{strings.appendixMergeErrors}</Caption1>
          <FindingsView label={strings.appendixMergeErrors} groups={[{ key: 'merge', title: strings.appendixHeading, findings: mergeFindings }]} />
        </>
      ) : null}
    </section>
  );
}
