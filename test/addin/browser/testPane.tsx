// The test page: the real pane and the real Office adapter, on the in-memory Excel instead of
// Office.js, with the engine of testEngine.ts (the real one, stand-ins only where it is still a
// placeholder). Playwright drives it and inspects `window.__cchc.fake`.
import { createExcelOps } from '../../../src/addin/excel';
import { mountPane } from '../../../src/addin/taskpane/index';
import { FakeExcel } from '../fakeExcel';
import { testEngine } from '../testEngine';
import { exposeHandles, pageConfig } from './testConfig';

const config = pageConfig();
const fake = new FakeExcel(config.workbook, config.fake);
const ops = createExcelOps({ run: fake.run, notes: config.fake?.notes ?? true, fileName: () => 'bang-cham-diem.xlsx' });
const engine = testEngine();
exposeHandles({ fake, ops, use: engine.use });
const root = document.getElementById('root');
if (root) mountPane(root, { ops, engine, lang: config.lang, today: config.today, recheckDelay: config.recheckDelay });
