/**
 * Việc đang chạy — the progress of the current job with its stop button, and, when a job failed,
 * the message in the officials' words (both languages) with what to do.
 */
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Job } from '../hooks/useJob';
import { useI18n } from '../i18n/I18nContext';
import { inLanguage } from '../i18n/language';
import { progressValue } from '../jobs/job';

const useStyles = makeStyles({
  running: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1, minWidth: 0 },
  message: { display: 'block' },
  detail: { display: 'block', overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace },
  other: { display: 'block', color: tokens.colorNeutralForeground3 },
});

export function JobBar({ job }: { job: Job }) {
  const styles = useStyles();
  const { language, strings } = useI18n();
  const { state } = job;
  if (state.running) {
    const value = progressValue(state);
    const count = state.total === null ? '' : ` ${strings.progressOf(state.done, state.total)}`;
    return (
      <div className={styles.running} role="status" aria-live="polite">
        <Field className={styles.bar} label={`${state.label}${count}`} validationMessage={state.cancelling ? strings.working : undefined} validationState="none">
          <ProgressBar value={value} max={1} thickness="large" aria-label={state.label} />
        </Field>
        <Button onClick={job.cancel} disabled={state.cancelling}>
          {strings.cancel}
        </Button>
      </div>
    );
  }
  const failure = state.failure;
  if (failure === null) return null;
  const dismiss = (
    <MessageBarActions
      containerAction={
        <Button appearance="transparent" size="small" onClick={job.dismiss}>
          {strings.close}
        </Button>
      }
    />
  );
  if (failure.kind === 'cancelled') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{strings.cancelled}</MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  const other = language === 'vi' ? 'en' : 'vi';
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{`${strings.errorTitle}: ${state.label}`}</MessageBarTitle>
        {failure.kind === 'told' ? (
          <>
            <span className={styles.message}>{inLanguage(failure.message, language)}</span>
            <Caption1 className={styles.other} lang={other}>
              {inLanguage(failure.message, other)}
            </Caption1>
          </>
        ) : (
          <>
            <span className={styles.message}>{strings.unexpectedError}</span>
            <Caption1 className={styles.detail}>{failure.detail}</Caption1>
          </>
        )}
      </MessageBarBody>
      {dismiss}
    </MessageBar>
  );
}
