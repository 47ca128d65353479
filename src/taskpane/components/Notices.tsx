/** Thông báo — what went well or needs a look after a job, until the officer closes it. */
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { inLanguage } from '../i18n/language';
import type { Notice } from '../state/session';

const useStyles = makeStyles({
  other: { display: 'block', color: tokens.colorNeutralForeground3 },
});

export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  const styles = useStyles();
  const { language, strings } = useI18n();
  const other = language === 'vi' ? 'en' : 'vi';
  return (
    <>
      {notices.map((notice) => (
        <MessageBar key={notice.id} intent={notice.intent} layout="multiline">
          <MessageBarBody>
            <span>{inLanguage(notice.text, language)}</span>
            <Caption1 className={styles.other} lang={other}>
              {inLanguage(notice.text, other)}
            </Caption1>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" onClick={() => onDismiss(notice.id)}>
                {strings.close}
              </Button>
            }
          />
        </MessageBar>
      ))}
    </>
  );
}
