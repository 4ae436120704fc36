// What a browser test hands to the page before it loads (Playwright addInitScript), and what the
// page hands back on `window.__cchc` for assertions.
import type { WorkbookOps } from '../../../src/addin/ops';
import type { WorkbookGrids } from '../../../src/engine/grid';
import type { Lang } from '../../../src/engine/messages';
import type { FakeExcel, FakeOptions } from '../fakeExcel';
import type { TestEngineUse } from '../testEngine';

export interface PageConfig {
  workbook: WorkbookGrids;
  lang: Lang;
  today: string;
  fake?: FakeOptions;
  recheckDelay?: number;
}

export interface PageHandles {
  fake: FakeExcel;
  ops?: WorkbookOps;
  use?: TestEngineUse;
}

export function pageConfig(): PageConfig {
  const config = (window as unknown as { __CCHC_TEST__?: PageConfig }).__CCHC_TEST__;
  if (!config) throw new Error('window.__CCHC_TEST__ is not set');
  return config;
}

export function exposeHandles(handles: PageHandles): void {
  (window as unknown as { __cchc: PageHandles }).__cchc = handles;
}
