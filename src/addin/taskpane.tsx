// The task pane's entry point: the one place that wires Office.js (the adapter) to the pane and
// the engine (STYLE.md). Office.js itself comes from Microsoft's CDN, loaded by taskpane.html.
import { analyseWorkbook } from '../engine/check';
import { planFill } from '../engine/fill';
import { generateForm } from '../engine/generate';
import { createExcelOps } from './excel';
import type { EngineOps } from './ops';
import { langOf, mountPane } from './taskpane/index';
import { todayIso } from './taskpane/model';

const engine: EngineOps = {
  analyse: analyseWorkbook,
  planFill,
  generate: generateForm,
};

/** The workbook's file name from its URL (or path), for the report. */
function fileName(): string {
  const url = Office.context.document?.url ?? '';
  const last = url.split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(last) || 'workbook.xlsx';
  } catch {
    return last || 'workbook.xlsx';
  }
}

void Office.onReady((info) => {
  const container = document.getElementById('root');
  if (!container) return;
  if (info.host !== Office.HostType.Excel) {
    // Opened in a browser or another Office app: say where it belongs instead of a blank page.
    container.textContent = 'Phần bổ trợ này chạy trong Excel. / This add-in runs in Excel.';
    return;
  }
  const ops = createExcelOps({
    run: (batch) => Excel.run(batch),
    // Notes need ExcelApi 1.18; without it fills and highlights work without notes.
    notes: Office.context.requirements.isSetSupported('ExcelApi', '1.18'),
    fileName,
  });
  mountPane(container, {
    ops,
    engine,
    lang: langOf(Office.context.displayLanguage),
    today: todayIso(new Date()),
  });
});
