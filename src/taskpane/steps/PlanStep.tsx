/**
 * Bước Kế hoạch — put a plan into the master workbook (a bundled plan, or the workbook the officer
 * already keeps), check it, and add an appendix pasted from Word.
 */
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import { usePane } from '../PaneContext';
import { FindingsView } from '../components/FindingsView';
import { FileInput, XLSX_ACCEPT } from '../components/FileInput';
import { MasterFile } from '../components/MasterFile';
import { SEED_PLANS } from '../data/seedPlans';
import { loadEngine } from '../engine/load';
import { useI18n } from '../i18n/I18nContext';
import { inLanguage } from '../i18n/language';
import { bothLanguages } from '../i18n/strings';
import { AppendixImport } from './AppendixImport';

export function PlanStep() {
  const { host, session, dispatch, job } = usePane();
  const { language, strings } = useI18n();
  const [seedId, setSeedId] = useState(SEED_PLANS[0]?.id ?? '');
  /** A step that would lose something waits for the officer to confirm it. */
  const [confirming, setConfirming] = useState<{ title: string; body: string; confirm: string; action: () => void } | null>(null);
  const discardChanges = (action: () => void) =>
    session.masterChanged
      ? setConfirming({ title: strings.discardTitle, body: strings.discardBody, confirm: strings.discardConfirm, action })
      : action();
  const master = session.master;
  const inExcel = host.kind === 'excel';

  const loadSeed = (label: string) =>
    job.run(label, async () => {
      const engine = await loadEngine();
      const seed = await engine.loadSeedPlan(seedId);
      if (seed.plan === null) {
        dispatch({ type: 'planRead', plan: null, findings: seed.findings, summary: seed.summary });
        return;
      }
      let target = master;
      if (target !== null && target.kind === 'excel') {
        await engine.loadPlanInto(target, seed.plan);
        dispatch({ type: 'masterWritten' });
      } else {
        target = await engine.newMasterFile(seed.plan);
        dispatch({ type: 'masterOpened', master: target, changed: true });
      }
      const read = await engine.checkMasterPlan(target);
      dispatch({ type: 'planRead', plan: read.plan, findings: read.findings, summary: read.summary });
      dispatch({ type: 'noticed', intent: 'success', text: bothLanguages('planLoaded', seed.plan.document.number ?? seed.plan.id) });
    });

  const onLoad = async () => {
    if (master?.kind === 'excel') {
      let holds = false;
      const ok = await job.run(strings.planLoadExcel, async () => {
        holds = await (await loadEngine()).holdsPlan(master);
      });
      if (!ok) return;
      const load = () => void loadSeed(strings.planLoadExcel);
      if (!holds) return load();
      setConfirming({ title: strings.planReplaceTitle, body: strings.planReplaceBody, confirm: strings.planReplaceConfirm, action: load });
      return;
    }
    discardChanges(() => void loadSeed(strings.planLoadStandalone));
  };

  const checkPlan = () =>
    job.run(strings.planCheck, async () => {
      if (master === null) return;
      const read = await (await loadEngine()).checkMasterPlan(master);
      dispatch({ type: 'planRead', plan: read.plan, findings: read.findings, summary: read.summary });
    });

  const openMaster = (files: File[]) => {
    const file = files[0];
    if (file === undefined) return;
    discardChanges(() => void openMasterFile(file));
  };

  const openMasterFile = (file: File) =>
    job.run(strings.masterOpenLabel, async () => {
      const engine = await loadEngine();
      const opened = await engine.openMasterFile(file.name, await file.arrayBuffer());
      dispatch({ type: 'masterOpened', master: opened, changed: false });
      const read = await engine.checkMasterPlan(opened);
      dispatch({ type: 'planRead', plan: read.plan, findings: read.findings, summary: read.summary });
    });

  const summary = session.planSummary;
  const plan = session.plan;
  return (
    <div className="stack">
      <section className="stack" aria-labelledby="plan-master-heading">
        <Subtitle2 as="h2" id="plan-master-heading">
          {strings.masterHeading}
        </Subtitle2>
        {inExcel ? (
          <Caption1>{strings.masterExcel}</Caption1>
        ) : (
          <>
            <FileInput label={strings.masterOpenLabel} accept={XLSX_ACCEPT} disabled={job.state.running} onFiles={openMaster} />
            <MasterFile />
          </>
        )}
      </section>

      <section className="stack" aria-labelledby="plan-seed-heading">
        <Subtitle2 as="h2" id="plan-seed-heading">
          {strings.planHeading}
        </Subtitle2>
        <Field label={strings.planSeedLabel}>
          <Select value={seedId} onChange={(_, data) => setSeedId(data.value)} disabled={job.state.running}>
            {SEED_PLANS.map((seed) => (
              <option key={seed.id} value={seed.id}>
                {inLanguage(seed.label, language)}
              </option>
            ))}
          </Select>
        </Field>
        <div className="actions">
          <Button appearance="primary" onClick={() => void onLoad()} disabled={job.state.running || (inExcel && master === null)}>
            {inExcel ? strings.planLoadExcel : strings.planLoadStandalone}
          </Button>
          <Button onClick={() => void checkPlan()} disabled={job.state.running || master === null}>
            {strings.planCheck}
          </Button>
        </div>
      </section>

      {summary !== null || session.planFindings.length > 0 ? (
        <section className="stack" aria-labelledby="plan-check-heading">
          <Subtitle2 as="h2" id="plan-check-heading">
            {strings.planFindingsHeading}
          </Subtitle2>
          {plan !== null ? <Text weight="semibold">{`${plan.document.number ?? plan.id} — ${plan.document.title}`}</Text> : null}
          {summary !== null ? (
            <Caption1>
              {strings.planSummary(summary.counts.tasks, summary.counts.projects, summary.counts.targets, summary.counts.agencies)}
            </Caption1>
          ) : null}
          {session.planFindings.length === 0 ? (
            <Caption1>{strings.planNoFindings}</Caption1>
          ) : (
            <FindingsView label={strings.planFindingsHeading} groups={[{ key: 'plan', title: strings.planHeading, findings: session.planFindings }]} />
          )}
        </section>
      ) : null}

      {plan !== null && master !== null ? <AppendixImport plan={plan} master={master} /> : null}

      <Dialog open={confirming !== null} onOpenChange={(_, data) => data.open || setConfirming(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{confirming?.title}</DialogTitle>
            <DialogContent>{confirming?.body}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(null);
                  confirming?.action();
                }}
              >
                {confirming?.confirm}
              </Button>
              <Button onClick={() => setConfirming(null)}>{strings.cancelAction}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
