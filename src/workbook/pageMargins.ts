/**
 * Lề trang in — the margins of a printed sheet, as both adapters set them: the spec's page margins
 * (Nghị định 30/2020 fixes them for official documents) and Excel's default header and footer
 * margin, kept within half the top and bottom margins so that a header never runs into the body.
 */
import type { PrintSetup } from './port';

/** Excel's default header and footer margin: 0.3 inch. */
const HEADER_FOOTER_CM = 0.762;

export interface MarginsCm {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly header: number;
  readonly footer: number;
}

export function pageMarginsCm(print: PrintSetup): MarginsCm {
  const { top, bottom, left, right } = print.marginsCm;
  return { top, bottom, left, right, header: Math.min(HEADER_FOOTER_CM, top / 2), footer: Math.min(HEADER_FOOTER_CM, bottom / 2) };
}
