/**
 * Bản mới nhất — which of several report rows about the same thing counts. Consolidation already
 * replaces a resubmission's earlier rows, but the computations do not rely on it: the row from the
 * later submission in the log wins, and between rows of one submission (or of none logged) the
 * later row. Rows whose submission is not in the log rank before every logged one.
 */
import type { Submission } from '../../domain/report';

export type SubmissionRank = (submissionId: string) => number;

export function submissionRank(submissions: readonly Submission[]): SubmissionRank {
  const rank = new Map<string, number>();
  submissions.forEach((submission, index) => rank.set(submission.id, index));
  return (submissionId) => rank.get(submissionId) ?? -1;
}

/** The winning row, or undefined when there is none. Ties keep the later row of `rows`. */
export function latestRow<T extends { readonly submissionId: string }>(
  rows: readonly T[],
  rank: SubmissionRank,
): T | undefined {
  let winner: T | undefined;
  for (const row of rows) {
    if (winner === undefined || rank(row.submissionId) >= rank(winner.submissionId)) winner = row;
  }
  return winner;
}
