/**
 * Ngăn tác vụ — the pane: a header with the language switch, the steps of the officials' year as
 * tabs, the running job, and the current step. Inside Excel the master is the open workbook; on
 * its own the pane works on files.
 */
import {
  Button,
  Caption1,
  FluentProvider,
  Tab,
  TabList,
  Title3,
  makeStaticStyles,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useEffect, useMemo, useReducer } from 'react';
import { type Pane, PaneContext } from './PaneContext';
import { JobBar } from './components/JobBar';
import { Notices } from './components/Notices';
import { loadEngine } from './engine/load';
import type { Host } from './host/detectHost';
import { useJob } from './hooks/useJob';
import { I18nProvider } from './i18n/I18nContext';
import { type Language, languageFor } from './i18n/language';
import { STRINGS, type TextKey } from './i18n/strings';
import { STEPS, type StepId, initialSession, sessionReducer } from './state/session';
import { ConsolidateStep } from './steps/ConsolidateStep';
import { FormsStep } from './steps/FormsStep';
import { IntakeStep } from './steps/IntakeStep';
import { LogStep } from './steps/LogStep';
import { PlanStep } from './steps/PlanStep';
import { ReportStep } from './steps/ReportStep';
import { themeFor } from './theme/officeTheme';

const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
  '.stack': { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  '.stack > *': { minWidth: 0 },
  // A long option (a plan's title) must not widen the pane: the select shortens it with an ellipsis.
  '.fui-Select': { minWidth: 0, maxWidth: '100%' },
  '.fui-Select__select': { minWidth: 0, textOverflow: 'ellipsis' },
  '.actions': { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  '.visually-hidden': {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  header: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  titles: { display: 'flex', flexDirection: 'column' },
  host: { color: tokens.colorNeutralForeground3 },
  tabs: { flexWrap: 'wrap' },
});

const STEP_LABELS: Readonly<Record<StepId, TextKey>> = {
  plan: 'stepPlan',
  forms: 'stepForms',
  intake: 'stepIntake',
  consolidate: 'stepConsolidate',
  report: 'stepReport',
  log: 'stepLog',
};

const other = (language: Language): Language => (language === 'vi' ? 'en' : 'vi');
const isStep = (value: unknown): value is StepId => STEPS.some((step) => step === value);

function StepPanel({ step, currentYear }: { step: StepId; currentYear: number }): ReactNode {
  switch (step) {
    case 'plan':
      return <PlanStep />;
    case 'forms':
      return <FormsStep currentYear={currentYear} />;
    case 'intake':
      return <IntakeStep currentYear={currentYear} />;
    case 'consolidate':
      return <ConsolidateStep />;
    case 'report':
      return <ReportStep currentYear={currentYear} />;
    case 'log':
      return <LogStep />;
  }
}

export function App({ host, currentYear }: { host: Host; currentYear: number }) {
  useGlobalStyles();
  const styles = useStyles();
  const [session, dispatch] = useReducer(sessionReducer, undefined, () =>
    initialSession(languageFor(host.kind === 'excel' ? host.displayLanguage : undefined), currentYear),
  );
  const job = useJob();
  const theme = useMemo(() => themeFor(host.kind === 'excel' ? host.colours : undefined), [host]);
  const strings = STRINGS[session.language];

  useEffect(() => {
    document.documentElement.lang = session.language;
    document.title = STRINGS[session.language].appTitle;
  }, [session.language]);

  // Inside Excel the master is the open workbook: read its plan, if it holds one, at once.
  const { run } = job;
  useEffect(() => {
    if (host.kind !== 'excel') return;
    void run(STRINGS[languageFor(host.displayLanguage)].openWorkbook, async () => {
      const engine = await loadEngine();
      const master = engine.excelMaster(host.isSetSupported, (vi, en) =>
        dispatch({ type: 'noticed', intent: 'warning', text: { vi, en } }),
      );
      dispatch({ type: 'masterOpened', master, changed: false });
      if (!(await engine.holdsPlan(master))) return;
      const read = await engine.checkMasterPlan(master);
      dispatch({ type: 'planRead', plan: read.plan, findings: read.findings, summary: read.summary });
    });
  }, [host, run]);

  const pane = useMemo<Pane>(() => ({ host, session, dispatch, job }), [host, session, job]);
  const language = session.language;
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <I18nProvider language={language}>
        <PaneContext.Provider value={pane}>
          <header className={styles.header}>
            <div className={styles.titles}>
              <Title3 as="h1">{strings.appTitle}</Title3>
              <Caption1>{strings.appSubtitle}</Caption1>
            </div>
            <Button
              size="small"
              appearance="subtle"
              lang={other(language)}
              aria-label={strings.switchLanguageLabel}
              onClick={() => dispatch({ type: 'languageChanged', language: other(language) })}
            >
              {strings.switchLanguage}
            </Button>
          </header>
          <Caption1 className={styles.host}>{host.kind === 'excel' ? strings.hostExcel : strings.hostStandalone}</Caption1>
          <nav aria-label={strings.stepsLabel}>
            <TabList
              className={styles.tabs}
              size="small"
              selectedValue={session.step}
              onTabSelect={(_, data) => {
                if (isStep(data.value)) dispatch({ type: 'stepChanged', step: data.value });
              }}
            >
              {STEPS.map((step) => (
                <Tab key={step} id={`tab-${step}`} value={step} aria-controls={step === session.step ? 'step-panel' : undefined}>
                  {strings[STEP_LABELS[step]]}
                </Tab>
              ))}
            </TabList>
          </nav>
          <JobBar job={job} />
          <Notices notices={session.notices} onDismiss={(id) => dispatch({ type: 'noticeDismissed', id })} />
          <main id="step-panel" role="tabpanel" aria-labelledby={`tab-${session.step}`}>
            <StepPanel step={session.step} currentYear={currentYear} />
          </main>
        </PaneContext.Provider>
      </I18nProvider>
    </FluentProvider>
  );
}
