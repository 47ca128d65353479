import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { luminance, normaliseColour, themeFor } from '../../../src/taskpane/theme/officeTheme';

describe('themeFor', () => {
  it('is the Fluent web light theme outside Office', () => {
    expect(themeFor(undefined)).toBe(webLightTheme);
  });

  it("lays Office's colours over the light theme for a light Office theme", () => {
    const theme = themeFor({ bodyBackgroundColor: '#F3F3F3', bodyForegroundColor: '#262626', isDarkTheme: false });
    expect(theme.colorNeutralBackground1).toBe('#f3f3f3');
    expect(theme.colorNeutralForeground1).toBe('#262626');
    expect(theme.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
  });

  it('takes the dark theme for a dark Office theme, judged from the colours when Office does not say', () => {
    const theme = themeFor({ bodyBackgroundColor: '#1f1f1f', bodyForegroundColor: '#ffffff' });
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground1).toBe('#1f1f1f');
  });

  it('keeps the base colours when Office sends unreadable ones', () => {
    expect(themeFor({ bodyBackgroundColor: '', bodyForegroundColor: '#000000', isDarkTheme: false })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#fefefe', isDarkTheme: false })).toBe(webLightTheme);
  });
});

describe('normaliseColour', () => {
  it('reads #RRGGBB with or without the hash', () => {
    expect(normaliseColour('#ABCDEF')).toBe('#abcdef');
    expect(normaliseColour('abcdef')).toBe('#abcdef');
    expect(normaliseColour('red')).toBeNull();
    expect(normaliseColour(undefined)).toBeNull();
  });
});

describe('luminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 10);
  });
});
