/**
 * Lỗi bằng lời của cán bộ — what a failed job shows. Typed errors of the adapters and the app carry
 * their message in both languages, saying what to do (`message_vi`/`message_en`); parsers' rejections
 * carry a reason (`reason_vi`/`reason_en`). Anything else is a fault of the tool: a general message,
 * with the technical detail for support.
 */
import type { Bilingual } from '../i18n/language';

export type DescribedError =
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'told'; readonly message: Bilingual; readonly code?: string }
  | { readonly kind: 'unexpected'; readonly detail: string };

const textField = (value: object, key: string): string | undefined => {
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' && field.trim() !== '' ? field : undefined;
};

const isAbort = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';

export function describeError(error: unknown): DescribedError {
  if (isAbort(error)) return { kind: 'cancelled' };
  if (typeof error === 'object' && error !== null) {
    for (const [viKey, enKey] of [
      ['message_vi', 'message_en'],
      ['reason_vi', 'reason_en'],
    ] as const) {
      const vi = textField(error, viKey);
      const en = textField(error, enKey);
      if (vi !== undefined && en !== undefined) {
        const code = textField(error, 'code');
        return { kind: 'told', message: { vi, en }, ...(code === undefined ? {} : { code }) };
      }
    }
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'unexpected', detail };
}

/** The error a job throws when the officer stops it (`signal.throwIfAborted` gives the same). */
export function cancelledError(): Error {
  const error = new Error('cancelled');
  error.name = 'AbortError';
  return error;
}

/** A failure the pane itself explains, in both languages. */
export class PaneError extends Error {
  override readonly name = 'PaneError';

  constructor(
    readonly message_vi: string,
    readonly message_en: string,
  ) {
    super(message_en);
  }
}
