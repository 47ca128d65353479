/** Kỳ báo cáo — year and period (whole year, half, quarter) of the plan. */
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { PERIOD_INDEXES, type PeriodKind, type PeriodParts } from '../state/period';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
  year: { flex: '0 0 96px' },
  kind: { flex: '1 1 auto', minWidth: 0 },
});

const KINDS: readonly PeriodKind[] = ['year', 'half', 'quarter'];

export function PeriodPicker(props: {
  years: readonly number[];
  value: PeriodParts;
  onChange: (period: PeriodParts) => void;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const { strings } = useI18n();
  const parts = props.value;
  const label = (kind: PeriodKind, index: number): string =>
    kind === 'year' ? strings.periodWholeYear : kind === 'half' ? strings.periodHalf(index) : strings.periodQuarter(index);
  return (
    <div className={styles.row}>
      <Field label={strings.periodYear} className={styles.year}>
        <Select
          value={String(parts.year)}
          disabled={props.disabled}
          onChange={(_, data) => props.onChange({ ...parts, year: Number(data.value) })}
        >
          {props.years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.periodKind} className={styles.kind}>
        <Select
          value={`${parts.kind}-${parts.index}`}
          disabled={props.disabled}
          onChange={(_, data) => {
            const [kind, index] = data.value.split('-');
            props.onChange({ year: parts.year, kind: kind as PeriodKind, index: Number(index) });
          }}
        >
          {KINDS.flatMap((kind) =>
            PERIOD_INDEXES[kind].map((index) => (
              <option key={`${kind}-${index}`} value={`${kind}-${index}`}>
                {label(kind, index)}
              </option>
            )),
          )}
        </Select>
      </Field>
    </div>
  );
}
