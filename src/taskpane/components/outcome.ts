/** Kết quả tiếp nhận — how a file's line in the submission log is named and coloured. */
import type { Submission } from '../../domain/report';
import type { Strings } from '../i18n/strings';

export const OUTCOME_COLOURS = {
  accepted: 'success',
  replaced: 'informative',
  rejected: 'danger',
  duplicate: 'subtle',
} as const satisfies Record<Submission['outcome'], string>;

export const outcomeLabel = (outcome: Submission['outcome'], strings: Strings): string =>
  ({
    accepted: strings.outcomeAccepted,
    replaced: strings.outcomeReplaced,
    rejected: strings.outcomeRejected,
    duplicate: strings.outcomeDuplicate,
  })[outcome];
