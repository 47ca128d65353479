/** Sổ theo dõi trong bộ nhớ — in standalone mode, the master's name and its download. */
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { usePane } from '../PaneContext';
import { downloadFile } from '../files/download';
import { useI18n } from '../i18n/I18nContext';

export function MasterFile() {
  const { session, dispatch, job } = usePane();
  const { strings } = useI18n();
  const master = session.master;
  if (master === null || master.kind !== 'file') return null;
  const download = () =>
    job.run(strings.masterDownload, async () => {
      downloadFile(master.fileName, await master.port.toArrayBuffer());
      dispatch({ type: 'masterDownloaded' });
    });
  return (
    <div className="stack">
      <Text>{strings.masterOpened(master.fileName)}</Text>
      {session.masterChanged ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.masterUnsaved}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className="actions">
        <Button onClick={() => void download()} disabled={job.state.running}>
          {strings.masterDownload}
        </Button>
      </div>
    </div>
  );
}
