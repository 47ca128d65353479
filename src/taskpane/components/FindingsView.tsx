/**
 * Danh sách phát hiện — findings in groups (a plan, or one returned file each), with filters by
 * severity and kind over all groups. Each finding shows where it is, the officer's message in the
 * pane's language and, below it, the other language.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Field,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useMemo, useState } from 'react';
import type { Finding } from '../../domain/finding';
import { useI18n } from '../i18n/I18nContext';
import { findingCodeName } from '../i18n/findingCodes';
import { type Language, inLanguage } from '../i18n/language';
import { type FindingsFilter, NO_FILTER, codesIn, findingPlace, matchesFilter, severityCounts } from '../state/findingsFilter';

export interface FindingsGroup {
  readonly key: string;
  readonly title: string;
  /** A second line: the agency and period a file claims, an outcome. */
  readonly subtitle?: string;
  readonly findings: readonly Finding[];
  /** Shown inside the group, after its findings (e.g. a download button). */
  readonly actions?: ReactNode;
}

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  filter: { flex: '1 1 140px', minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  head: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
  place: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  other: { color: tokens.colorNeutralForeground3 },
  groupHeader: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 0 },
  groupTitle: { overflowWrap: 'anywhere' },
  counts: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  summary: { color: tokens.colorNeutralForeground3 },
});

const otherLanguage = (language: Language): Language => (language === 'vi' ? 'en' : 'vi');

function FindingItem({ finding }: { finding: Finding }) {
  const styles = useStyles();
  const { language, strings } = useI18n();
  const message = { vi: finding.message_vi, en: finding.message_en };
  const other = otherLanguage(language);
  return (
    <li className={`${styles.item} ${finding.severity === 'error' ? styles.error : styles.warning}`}>
      <div className={styles.head}>
        <Badge appearance="tint" color={finding.severity === 'error' ? 'danger' : 'warning'} size="small">
          {finding.severity === 'error' ? strings.findingsSeverityError : strings.findingsSeverityWarning}
        </Badge>
        <Caption1>{inLanguage(findingCodeName(finding.code), language)}</Caption1>
      </div>
      <Caption1 className={styles.place}>
        <span className="visually-hidden">{strings.findingPlace}: </span>
        {findingPlace(finding)}
      </Caption1>
      <Text size={200}>{inLanguage(message, language)}</Text>
      <Caption1 className={styles.other} lang={other}>
        {inLanguage(message, other)}
      </Caption1>
      {finding.found !== undefined || finding.expected !== undefined ? (
        <Caption1>
          {finding.found !== undefined ? `${strings.findingFound}: “${finding.found}”` : ''}
          {finding.found !== undefined && finding.expected !== undefined ? ' · ' : ''}
          {finding.expected !== undefined ? `${strings.findingExpected}: ${finding.expected}` : ''}
        </Caption1>
      ) : null}
    </li>
  );
}

/** A long list shows its first findings; the officer asks for more (a file can hold hundreds). */
const PAGE = 25;

function FindingList({ findings }: { findings: readonly Finding[] }) {
  const styles = useStyles();
  const { strings } = useI18n();
  const [limit, setLimit] = useState(PAGE);
  if (findings.length === 0) return <Caption1>{strings.findingsNone}</Caption1>;
  const more = Math.min(PAGE, findings.length - limit);
  return (
    <>
      <ul className={styles.list}>
        {findings.slice(0, limit).map((finding, index) => (
          <FindingItem key={index} finding={finding} />
        ))}
      </ul>
      {more > 0 ? (
        <div className="actions">
          <Button size="small" appearance="secondary" onClick={() => setLimit(limit + PAGE)}>
            {strings.findingsMore(more, findings.length - limit)}
          </Button>
        </div>
      ) : null}
    </>
  );
}

export function FindingsView({ groups, label }: { groups: readonly FindingsGroup[]; label: string }) {
  const styles = useStyles();
  const { language, strings } = useI18n();
  const [filter, setFilter] = useState<FindingsFilter>(NO_FILTER);
  const all = useMemo(() => groups.flatMap((group) => group.findings), [groups]);
  const codes = useMemo(() => codesIn(all), [all]);
  const shown = all.filter((finding) => matchesFilter(finding, filter)).length;
  const single = groups.length === 1 ? groups[0] : undefined;
  const filterKey = `${filter.severity}/${filter.code}`;

  // Keyed by the filter, so that a new filter starts again from the first findings.
  const renderList = (findings: readonly Finding[]) => (
    <FindingList key={filterKey} findings={findings.filter((finding) => matchesFilter(finding, filter))} />
  );

  return (
    <section aria-label={label} className="stack">
      {all.length > 0 ? (
        <div className={styles.filters} role="group" aria-label={strings.findingsFilters}>
          <Field label={strings.findingsSeverity} className={styles.filter} size="small">
            <Select
              size="small"
              value={filter.severity}
              onChange={(_, data) => setFilter({ ...filter, severity: data.value as FindingsFilter['severity'] })}
            >
              <option value="all">{strings.findingsSeverityAll}</option>
              <option value="error">{strings.findingsSeverityError}</option>
              <option value="warning">{strings.findingsSeverityWarning}</option>
            </Select>
          </Field>
          <Field label={strings.findingsCode} className={styles.filter} size="small">
            <Select size="small" value={filter.code} onChange={(_, data) => setFilter({ ...filter, code: data.value })}>
              <option value="all">{strings.findingsCodeAll}</option>
              {codes.map((code) => (
                <option key={code} value={code}>
                  {inLanguage(findingCodeName(code), language)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ) : null}
      <Caption1 className={styles.summary} aria-live="polite">
        {strings.findingsShown(shown, all.length)}
      </Caption1>
      <div>
        {single !== undefined && single.subtitle === undefined && single.actions === undefined ? (
          renderList(single.findings)
        ) : (
          <Accordion multiple collapsible defaultOpenItems={groups.length === 1 ? groups.map((group) => group.key) : []}>
            {groups.map((group) => {
              const counts = severityCounts(group.findings);
              return (
                <AccordionItem key={group.key} value={group.key}>
                  <AccordionHeader size="small">
                    <span className={styles.groupHeader}>
                      <Text weight="semibold" size={200} className={styles.groupTitle}>
                        {group.title}
                      </Text>
                      {group.subtitle !== undefined ? <Caption1>{group.subtitle}</Caption1> : null}
                      <span className={styles.counts}>
                        <Badge appearance="tint" color={counts.errors > 0 ? 'danger' : 'success'} size="small">
                          {strings.findingsCount(counts.errors, counts.warnings)}
                        </Badge>
                      </span>
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <div className="stack">
                      {renderList(group.findings)}
                      {group.actions}
                    </div>
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        )}
      </div>
    </section>
  );
}
