// The task pane in Debian's headless Chromium (playwright-core), on the in-memory Excel (issue 7):
// the production build with Office.js's CDN URL routed to a stand-in, and a test page that mounts
// the same pane and adapter. Expected tables and findings are computed here, in Node, by the same
// engine the page runs (test/addin/testEngine.ts), so the assertions hold as the engine grows.
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Report } from '../../src/report/schema';
import { STRINGS } from '../../src/addin/taskpane/strings';
import { buildAddin, type AddinBuild } from './build';
import type { PageConfig } from './browser/testConfig';
import { SCORE_SHEET, scoreSheetGrid } from './fixtures';
import { analyseForTests, planFillForTests } from './testEngine';
import { serveStatic, type StaticServer } from './server';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'addin');
const TODAY = '2024-06-30';
const FILE = 'bang-cham-diem.xlsx';

let build: AddinBuild;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  build = await buildAddin();
  server = await serveStatic({ '/prod': build.prodDir, '/test': build.testDir });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Requests to anything but the local server and Office.js. */
  external: string[];
  officeJsLoads: number;
}

async function open(which: 'prod' | 'test', config: Partial<PageConfig> = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 380, height: 1000 }, locale: config.lang === 'en' ? 'en-US' : 'vi-VN' });
  // The production page takes "today" from the clock: the same day as the expectations.
  await context.clock.setFixedTime(new Date(`${TODAY}T09:00:00`));
  const opened: Opened = { context, page: await context.newPage(), external: [], officeJsLoads: 0 };
  const stub = fs.readFileSync(path.join(build.testDir, 'office-stub.js'), 'utf8');
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) return route.continue();
    if (url === OFFICE_JS) {
      opened.officeJsLoads++;
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: stub });
    }
    opened.external.push(url);
    return route.abort();
  });
  const full: PageConfig = { workbook: { sheets: [scoreSheetGrid()] }, lang: 'vi', today: TODAY, recheckDelay: 300, ...config };
  await opened.page.addInitScript((c) => {
    (window as unknown as { __CCHC_TEST__: unknown }).__CCHC_TEST__ = c;
  }, full);
  const errors: string[] = [];
  opened.page.on('pageerror', (e) => errors.push(String(e)));
  await opened.page.goto(`${server.origin}/${which}/${which === 'prod' ? 'taskpane.html' : 'pane.html'}`);
  await opened.page.getByTestId('check').waitFor();
  expect(errors).toEqual([]);
  return opened;
}

/** Clicks a control and waits for the pane to finish the work it started. */
async function act(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click();
  await settle(page);
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'true', undefined, { timeout: 1_000 }).catch(() => undefined);
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 30_000 });
}

function fakeState(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __cchc: { fake: { state(): unknown } } }).__cchc.fake.state());
}

function expectedReport(lang: 'vi' | 'en'): Report {
  return analyseForTests({ sheets: [scoreSheetGrid()] }, { file: FILE, today: TODAY, lang }).report;
}

async function shownTables(page: Page): Promise<Array<{ kind: string | null; range: string | null; sheet: string | null }>> {
  return page.getByTestId('table-item').evaluateAll((items) =>
    items.map((i) => ({ kind: i.getAttribute('data-kind'), range: i.getAttribute('data-range'), sheet: i.getAttribute('data-sheet') })),
  );
}

async function shownFindings(page: Page): Promise<Array<{ cell: string | null; code: string | null; text: string }>> {
  return page.locator('[data-testid="finding"]').evaluateAll((items) =>
    items.map((i) => ({ cell: i.getAttribute('data-cell'), code: i.getAttribute('data-code'), text: (i.querySelector('button')?.textContent ?? '').trim() })),
  );
}

/** Opens every folded rule group, so every finding is in the DOM. */
async function unfoldAll(page: Page): Promise<void> {
  const folded = page.locator('[data-testid="rule-header"] button[aria-expanded="false"]');
  while ((await folded.count()) > 0) await folded.first().click();
}

function byCode(issues: Array<{ code: string | null }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of issues) out[i.code ?? ''] = (out[i.code ?? ''] ?? 0) + 1;
  return out;
}

describe('the production task pane (Office.js routed to the in-memory Excel)', () => {
  test.each(['vi', 'en'] as const)('checks the workbook and shows the expected tables and findings (%s)', async (lang) => {
    const { context, page, external, officeJsLoads } = await open('prod', { lang });
    try {
      expect(await page.getByTestId('check').textContent()).toContain(STRINGS[lang].check);
      await act(page, 'check');
      const expected = expectedReport(lang);
      expect(await shownTables(page)).toEqual(expected.tables.map((t) => ({ kind: t.kind, range: t.range, sheet: t.sheet })));
      await unfoldAll(page);
      const findings = await shownFindings(page);
      const cellIssues = expected.issues.filter((i) => i.sheet === SCORE_SHEET.sheet || i.sheet === '');
      expect(byCode(findings)).toEqual(byCode(cellIssues));
      // The planted mistake, in the user's language, as the engine words it.
      const planted = expected.issues.find((i) => i.cell === SCORE_SHEET.exceedsMax && i.code === 'score.exceedsMax');
      expect(planted).toBeDefined();
      expect(findings).toContainEqual({ cell: SCORE_SHEET.exceedsMax, code: 'score.exceedsMax', text: planted?.message });
      await page.screenshot({ path: path.join(ARTIFACTS, `pane-${lang}.png`), fullPage: true });
      // Office.js from its CDN URL, once; nothing else from the network.
      expect(officeJsLoads).toBe(1);
      expect(external).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the task pane on the in-memory Excel', () => {
  test('clicking a finding selects its cell', async () => {
    const { context, page } = await open('test');
    try {
      await act(page, 'check');
      const finding = page.locator(`[data-testid="finding"][data-cell="${SCORE_SHEET.exceedsMax}"][data-code="score.exceedsMax"]`);
      await finding.locator('button').first().click();
      await page.waitForFunction(() => (window as unknown as { __cchc: { fake: { selection: unknown } } }).__cchc.fake.selection !== null);
      const selection = await page.evaluate(() => (window as unknown as { __cchc: { fake: { selection: unknown } } }).__cchc.fake.selection);
      expect(selection).toEqual({ sheet: SCORE_SHEET.sheet, address: SCORE_SHEET.exceedsMax });
    } finally {
      await context.close();
    }
  });

  test('fill writes the expected formulas; undo and clearing highlights give back the workbook exactly', async () => {
    const { context, page } = await open('test');
    try {
      const pristine = await fakeState(page);
      await act(page, 'check');
      expect(await fakeState(page)).not.toEqual(pristine); // highlighted
      await act(page, 'fill');
      await page.getByTestId('notice-success').first().waitFor();
      const plan = planFillForTests({ sheets: [scoreSheetGrid()] }, { file: FILE, today: TODAY, lang: 'vi' });
      expect(plan.writes.length).toBeGreaterThan(0);
      const written = await page.evaluate(
        (cells) =>
          cells.map(({ sheet, row, col }) => {
            const fake = (window as unknown as { __cchc: { fake: { sheet(n: string): { cells: Map<string, { f?: string }> } } } }).__cchc.fake;
            return fake.sheet(sheet).cells.get(`${row},${col}`)?.f ?? null;
          }),
        plan.writes.map((w) => ({ sheet: w.sheet, row: w.row, col: w.col })),
      );
      expect(written).toEqual(plan.writes.map((w) => w.formula ?? null));
      await act(page, 'undo');
      await act(page, 'clear');
      expect(await fakeState(page)).toEqual(pristine);
    } finally {
      await context.close();
    }
  });

  test('highlights on then off leave every cell’s format as it was', async () => {
    const { context, page } = await open('test');
    try {
      const pristine = await fakeState(page);
      await act(page, 'check');
      const fill = await page.evaluate(
        (cell) => (window as unknown as { __cchc: { fake: { cell(s: string, a: string): { fill?: { color: string } } | undefined } } }).__cchc.fake.cell('Bảng 1', cell)?.fill?.color,
        SCORE_SHEET.exceedsMax,
      );
      expect(fill).toBe('#FFC7CE');
      await act(page, 'clear');
      expect(await fakeState(page)).toEqual(pristine);
    } finally {
      await context.close();
    }
  });

  test('a failure injected at the 3rd sync leaves the workbook unchanged, with a clear message', async () => {
    const { context, page } = await open('test');
    try {
      await act(page, 'check');
      const before = await fakeState(page);
      await page.evaluate(() => (window as unknown as { __cchc: { fake: { failAt(f: unknown): void } } }).__cchc.fake.failAt({ atSync: 3, applyOps: 1 }));
      await act(page, 'fill');
      const notice = await page.getByTestId('notice-error').first().textContent();
      expect(notice).toMatch(/Excel|bảo vệ|trả lại/);
      expect(await fakeState(page)).toEqual(before);
    } finally {
      await context.close();
    }
  });

  test('a protected sheet: the fill refuses in Vietnamese and changes nothing', async () => {
    const { context, page } = await open('test', { workbook: { sheets: [{ ...scoreSheetGrid(), protected: true }] } });
    try {
      await act(page, 'check');
      const before = await fakeState(page);
      await act(page, 'fill');
      expect(await page.getByTestId('notice-error').first().textContent()).toContain('Trang tính «Bảng 1» đang được bảo vệ');
      expect(await fakeState(page)).toEqual(before);
    } finally {
      await context.close();
    }
  });

  test('editing a cell of a recognised table re-checks it, with one read round trip', async () => {
    const { context, page } = await open('test');
    try {
      await act(page, 'check');
      const target = `[data-testid="finding"][data-cell="${SCORE_SHEET.exceedsMax}"][data-code="score.exceedsMax"]`;
      expect(await page.locator(target).count()).toBe(1);
      const syncsBefore = await page.evaluate(() => (window as unknown as { __cchc: { fake: { syncCount: number } } }).__cchc.fake.syncCount);
      // The user corrects 1.1.1 to its maximum.
      await page.evaluate((cell) => (window as unknown as { __cchc: { fake: { edit(s: string, a: string, v: unknown): void } } }).__cchc.fake.edit('Bảng 1', cell, 1), SCORE_SHEET.exceedsMax);
      await page.locator(target).waitFor({ state: 'detached', timeout: 10_000 });
      await settle(page);
      const syncsAfter = await page.evaluate(() => (window as unknown as { __cchc: { fake: { syncCount: number } } }).__cchc.fake.syncCount);
      expect(syncsAfter - syncsBefore).toBe(1);
    } finally {
      await context.close();
    }
  });

  test('a finding dismissed with a reason is stored in the workbook and shown as dismissed, as text', async () => {
    const { context, page } = await open('test');
    try {
      await act(page, 'check');
      const item = page.locator(`[data-testid="finding"][data-cell="${SCORE_SHEET.exceedsMax}"][data-code="score.exceedsMax"]`);
      await item.getByRole('button', { name: STRINGS.vi.dismiss }).click();
      const reason = '<img src=x onerror="window.__xss=1">Đã giải trình với Sở Nội vụ';
      await item.getByTestId('dismiss-reason').fill(reason);
      await item.getByRole('button', { name: STRINGS.vi.dismissSave }).click();
      await page.locator(`[data-testid="finding"][data-cell="${SCORE_SHEET.exceedsMax}"][data-dismissed="true"]`).waitFor();
      expect(await item.textContent()).toContain(STRINGS.vi.dismissedBecause(reason));
      expect(await page.locator('main img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      const parts = await page.evaluate(() => (window as unknown as { __cchc: { fake: { parts: Array<{ xml: string }> } } }).__cchc.fake.parts.map((p) => p.xml));
      expect(parts.some((x) => x.includes('urn:cchc-addin:dismissals:1') && x.includes('Sở Nội vụ'))).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('keyboard: Tab reaches Kiểm tra with a visible focus, Enter runs it', async () => {
    const { context, page } = await open('test');
    try {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        id: document.activeElement?.getAttribute('data-testid'),
        focusVisible: document.activeElement?.hasAttribute('data-fui-focus-visible') || document.activeElement?.matches(':focus-visible'),
      }));
      expect(focused).toEqual({ id: 'check', focusVisible: true });
      await page.keyboard.press('Enter');
      await settle(page);
      expect((await shownTables(page)).length).toBe(expectedReport('vi').tables.length);
      // "Tạo phụ lục" is reachable from the keyboard and opens its dialog.
      const generate = page.getByTestId('generate');
      await generate.focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('generate-kind').waitFor();
      await page.keyboard.press('Escape');
    } finally {
      await context.close();
    }
  });
});
