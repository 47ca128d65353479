/**
 * Chọn tệp — a Fluent button that opens the browser's file picker (Fluent UI v9 has no file
 * input, and the native one speaks the browser's language, not the pane's). The files are read in
 * the browser only.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useRef } from 'react';

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
});

export const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function FileInput(props: {
  label: string;
  hint?: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  return (
    <div className={styles.field}>
      <Button
        onClick={() => input.current?.click()}
        disabled={props.disabled}
        aria-describedby={props.hint === undefined ? undefined : hintId}
      >
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={props.label}
        accept={props.accept}
        multiple={props.multiple}
        disabled={props.disabled}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared so that choosing the same file again (corrected and saved) is seen as a new choice.
          event.currentTarget.value = '';
          if (files.length > 0) props.onFiles(files);
        }}
      />
      {props.hint === undefined ? null : <Caption1 id={hintId}>{props.hint}</Caption1>}
    </div>
  );
}
