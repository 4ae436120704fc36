// The engine the add-in tests run: the real one (check and fill), behind the EngineOps the pane
// gets. `use` records stand-ins; the engine has none left, so both flags stay false (kept so the
// browser page's configuration reports what ran).
import { analyseWorkbook, type CheckOptions, type CheckResult } from '../../src/engine/check';
import { planFill, type FillOptions } from '../../src/engine/fill';
import { generateForm } from '../../src/engine/generate';
import type { WritePlan } from '../../src/engine/fill/plan';
import type { WorkbookGrids } from '../../src/engine/grid';
import type { EngineOps } from '../../src/addin/ops';

export interface TestEngineUse {
  /** Findings were added by stand-in rules. */
  findings: boolean;
  /** The fill plan came from a stand-in. */
  fill: boolean;
}

export function analyseForTests(wb: WorkbookGrids, opts: CheckOptions): CheckResult {
  return analyseWorkbook(wb, opts);
}

export function planFillForTests(wb: WorkbookGrids, opts: FillOptions): WritePlan {
  return planFill(wb, opts);
}

/** The EngineOps the test pane runs with. */
export function testEngine(use: TestEngineUse = { findings: false, fill: false }): EngineOps & { use: TestEngineUse } {
  return {
    use,
    analyse: (wb, opts) => analyseForTests(wb, opts),
    planFill: (wb, opts) => planFillForTests(wb, opts),
    generate: generateForm,
  };
}
