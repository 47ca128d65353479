/**
 * Biểu đồ thanh — horizontal bars in plain SVG (no chart library): one row per agency or location,
 * the label above its bar so that long Vietnamese names fit a narrow pane. Screen readers get the
 * same figures as a table.
 */
import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { inLanguage } from '../i18n/language';
import { type ChartData, type SeriesKey, chartMaximum } from './chartData';

const COLOURS: Readonly<Record<SeriesKey, string>> = {
  done: tokens.colorPaletteGreenBackground3,
  'in-progress': tokens.colorPaletteBlueBorderActive,
  overdue: tokens.colorPaletteRedBackground3,
  'not-yet-due': tokens.colorNeutralStrokeAccessible,
  'not-reported': tokens.colorPaletteMarigoldBackground3,
  investment: tokens.colorBrandBackground,
};

const WIDTH = 320;
const ROW_HEIGHT = 34;
const BAR_HEIGHT = 12;
/** The label at the left and the figure at the right share the line above the bar. */
const LABEL_CHARACTERS = 36;

const useStyles = makeStyles({
  figure: { margin: 0 },
  svg: { width: '100%', height: 'auto', display: 'block' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '11px', fontFamily: tokens.fontFamilyBase },
  value: { fill: tokens.colorNeutralForeground2, fontSize: '11px', fontFamily: tokens.fontFamilyBase },
  legend: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, listStyleType: 'none', margin: 0, padding: 0 },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { width: '10px', height: '10px', borderRadius: '2px', display: 'inline-block' },
});

const shorten = (text: string): string => (text.length <= LABEL_CHARACTERS ? text : `${text.slice(0, LABEL_CHARACTERS - 1)}…`);

export function BarChart({ chart }: { chart: ChartData }) {
  const styles = useStyles();
  const { language, strings } = useI18n();
  const id = useId();
  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 });
  const maximum = chartMaximum(chart);
  const scale = maximum === 0 ? 0 : WIDTH / maximum;
  const title = inLanguage(chart.title, language);
  const unit = inLanguage(chart.unit, language);
  const height = Math.max(1, chart.rows.length) * ROW_HEIGHT;
  return (
    <figure className={`stack ${styles.figure}`} aria-labelledby={`${id}-title`}>
      <Subtitle2 as="h3" id={`${id}-title`}>
        {title}
      </Subtitle2>
      {chart.series.length > 1 ? (
        <ul className={styles.legend} aria-hidden="true">
          {chart.series.map((series) => (
            <li key={series.key} className={styles.legendItem}>
              <span className={styles.swatch} style={{ backgroundColor: COLOURS[series.key] }} />
              <Caption1>{inLanguage(series.label, language)}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
        {chart.rows.map((row, index) => {
          const top = index * ROW_HEIGHT;
          const total = row.values.reduce((sum, value) => sum + value, 0);
          let x = 0;
          const note = row.note === undefined ? '' : ` · ${inLanguage(row.note, language)}`;
          return (
            <g key={`${row.label}-${index}`}>
              <title>{`${row.label}: ${number.format(total)} ${unit}${note}`}</title>
              <text className={styles.label} x={0} y={top + 11}>
                {shorten(row.label)}
              </text>
              {row.values.map((value, series) => {
                const width = value * scale;
                const key = chart.series[series]?.key ?? 'investment';
                const bar = <rect key={series} x={x} y={top + 15} width={width} height={BAR_HEIGHT} style={{ fill: COLOURS[key] }} />;
                x += width;
                return bar;
              })}
              <text className={styles.value} x={WIDTH} y={top + 11} textAnchor="end">
                {`${number.format(total)}${note}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <Caption1>{strings.chartUnit(unit)}</Caption1>
      </figcaption>
      <div className="visually-hidden">
        <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.chartName}</th>
            {chart.series.map((series) => (
              <th key={series.key} scope="col">{`${inLanguage(series.label, language)} (${unit})`}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row, index) => (
            <tr key={`${row.label}-${index}`}>
              <th scope="row">{row.label}</th>
              {row.values.map((value, series) => (
                <td key={series}>{number.format(value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        </table>
      </div>
    </figure>
  );
}
