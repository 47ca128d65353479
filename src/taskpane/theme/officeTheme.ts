/**
 * Màu giao diện — the pane takes Office's theme colours so that it sits in Excel like a part of it:
 * the Fluent light or dark theme, with Office's own background and text colours laid over it. Without
 * Office (a plain browser), the Fluent web light theme.
 */
import { type Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

/** The colours of `Office.context.officeTheme` the pane uses (`#RRGGBB`). */
export interface OfficeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  /** Not reported by every Office version; judged from the body colour when missing. */
  readonly isDarkTheme?: boolean;
}

const HEX_COLOUR = /^#?([0-9a-f]{6})$/i;

/** `#rrggbb` in lower case, or null for anything else (Office has sent `''` on some hosts). */
export function normaliseColour(colour: string | undefined): string | null {
  const match = HEX_COLOUR.exec(colour?.trim() ?? '');
  return match?.[1] === undefined ? null : `#${match[1].toLowerCase()}`;
}

/** Relative luminance (WCAG 2) of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function luminance(colour: string): number {
  const channel = (offset: number): number => {
    const value = parseInt(colour.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function themeFor(colours: OfficeColors | undefined): Theme {
  if (colours === undefined) return webLightTheme;
  const body = normaliseColour(colours.bodyBackgroundColor);
  const text = normaliseColour(colours.bodyForegroundColor);
  const dark = colours.isDarkTheme ?? (body !== null && luminance(body) < 0.5);
  const base = dark ? webDarkTheme : webLightTheme;
  // Office's colours only where they are readable: text and background must differ enough.
  if (body === null || text === null || Math.abs(luminance(body) - luminance(text)) < 0.4) return base;
  return { ...base, colorNeutralBackground1: body, colorNeutralForeground1: text };
}
