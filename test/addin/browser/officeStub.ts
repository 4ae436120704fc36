// Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in browser tests (the
// CDN is unreachable here): the production taskpane.html loads this instead, through Playwright's
// page.route, and gets an `Office` and an `Excel.run` backed by the in-memory Excel.
import { FakeExcel } from '../fakeExcel';
import { exposeHandles, pageConfig } from './testConfig';

const config = pageConfig();
const fake = new FakeExcel(config.workbook, config.fake);
exposeHandles({ fake });

const host = { host: 'Excel', platform: 'OfficeOnline' };
const office = {
  HostType: { Excel: 'Excel' },
  onReady(callback?: (info: typeof host) => void) {
    // Office calls back once the page and the host are ready.
    return new Promise<typeof host>((resolve) => {
      const ready = () => {
        callback?.(host);
        resolve(host);
      };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
      else setTimeout(ready, 0);
    });
  },
  context: {
    displayLanguage: config.lang === 'vi' ? 'vi-VN' : 'en-US',
    requirements: {
      isSetSupported: (name: string, version?: string) =>
        name === 'ExcelApi' && Number((version ?? '1.1').split('.')[1]) <= ((config.fake?.notes ?? true) ? 18 : 17),
    },
    document: { url: 'https://contoso.sharepoint.com/sites/cchc/Shared%20Documents/bang-cham-diem.xlsx' },
  },
};
const globals = window as unknown as Record<string, unknown>;
globals.Office = office;
globals.Excel = { run: fake.run };
