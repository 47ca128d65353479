import { detectHost } from '../../../src/taskpane/host/detectHost';

type FakeOffice = Pick<typeof Office, 'onReady' | 'HostType'> & { context: Partial<Office.Context> };

const global = globalThis as unknown as { Office?: FakeOffice };
const hostType = (name: string) => name as unknown as Office.HostType;

function fakeOffice(ready: () => Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>, context: Partial<Office.Context> = {}) {
  global.Office = {
    onReady: ready as typeof Office.onReady,
    HostType: { Excel: 'Excel', Word: 'Word' } as unknown as typeof Office.HostType,
    context,
  };
}

afterEach(() => {
  delete global.Office;
});

describe('detectHost', () => {
  it('works on its own when Office.js did not load', async () => {
    expect(await detectHost()).toEqual({ kind: 'standalone' });
  });

  it('works on its own when Office.js reports no host (a plain browser)', async () => {
    fakeOffice(async () => ({ host: null, platform: null }));
    expect(await detectHost()).toEqual({ kind: 'standalone' });
  });

  it('works on its own in another Office application', async () => {
    fakeOffice(async () => ({ host: hostType('Word'), platform: null }));
    expect(await detectHost()).toEqual({ kind: 'standalone' });
  });

  it('works on its own when Office.js fails to start', async () => {
    fakeOffice(async () => {
      throw new Error('Office.js could not initialise');
    });
    expect(await detectHost()).toEqual({ kind: 'standalone' });
  });

  it("takes Excel's display language, theme and requirement sets inside Excel", async () => {
    const officeTheme = { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000' } as Office.OfficeTheme;
    fakeOffice(async () => ({ host: hostType('Excel'), platform: null }), {
      displayLanguage: 'en-US',
      officeTheme,
      requirements: {
        isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && version === '1.8',
      } as unknown as Office.RequirementSetSupport,
    });
    const host = await detectHost();
    if (host.kind !== 'excel') throw new Error('expected the Excel host');
    expect(host.displayLanguage).toBe('en-US');
    expect(host.colours).toBe(officeTheme);
    expect(host.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(host.isSetSupported('ExcelApi', '1.9')).toBe(false);
  });
});
