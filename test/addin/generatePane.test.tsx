/**
 * @jest-environment jsdom
 */
// Tạo phụ lục in the task pane (SPEC §10, issue 8): the real pane, the real Office adapter on the
// in-memory Excel and the real engine. The button opens a dialog; "Tạo" adds the annex as a new
// sheet, a name clash gets a suffix, and the pane says so. Where the engine has no generator, the
// button stays disabled with its tooltip (the browser tests cover that one).
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createExcelOps } from '../../src/addin/excel';
import type { EngineOps } from '../../src/addin/ops';
import { Pane } from '../../src/addin/taskpane/Pane';
import { analyseWorkbook } from '../../src/engine/check';
import { planFill } from '../../src/engine/fill';
import { generateForm } from '../../src/engine/generate';
import type { Grid } from '../../src/engine/grid';
import { TextEncoder as NodeTextEncoder } from 'util';
import type { FakeExcel } from './fakeExcel';

// jsdom has no TextEncoder, which the in-memory Excel sizes its requests with: Node's, before the
// fake is loaded (in beforeEach).
if (typeof globalThis.TextEncoder === 'undefined') (globalThis as { TextEncoder: unknown }).TextEncoder = NodeTextEncoder;
// Nor a ResizeObserver, which Fluent's dialog and progress bar ask for: one that observes nothing.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) (globalThis as { ResizeObserver: unknown }).ResizeObserver = NoResizeObserver;

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ENGINE: EngineOps = { analyse: analyseWorkbook, planFill, generate: generateForm };

function sheet(name: string): Grid {
  return { sheet: name, top: 1, left: 1, width: 1, rows: [[{ v: 'Bản của đơn vị' }]], merges: [], hiddenRows: [], hiddenCols: [] };
}

let container: HTMLElement;
let root: Root;
let fake: FakeExcel;

beforeEach(async () => {
  container = document.createElement('div');
  document.body.appendChild(container);
  const { FakeExcel: Fake } = await import('./fakeExcel');
  fake = new Fake({ sheets: [sheet('Phụ lục II')] });
  const ops = createExcelOps({ run: fake.run, notes: true, fileName: () => 'bao_cao.xlsx' });
  root = createRoot(container);
  await act(async () => {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Pane ops={ops} engine={ENGINE} lang="vi" today="2024-12-01" />
      </FluentProvider>,
    );
  });
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

function byTestId<T extends HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no element ${id}`);
  return el;
}

async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
}

/** Waits for the pane's async work (Excel round trips) to settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

async function choose(kindLabel: string): Promise<void> {
  const radio = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.labels?.[0]?.textContent === kindLabel);
  if (!radio) throw new Error(`no radio ${kindLabel}`);
  await click(radio);
}

test('Tạo phụ lục adds the chosen annex as a new sheet; a name clash gets a suffix', async () => {
  const button = byTestId<HTMLButtonElement>('generate');
  expect(button.disabled).toBe(false);
  await click(button);
  expect(document.body.textContent).toContain('Thêm một trang tính mới theo mẫu');
  await choose('Phụ lục II – Thống kê số liệu CCHC');
  await click(byTestId('generate-create'));
  await settle();
  expect(fake.sheets.map((s) => s.name)).toEqual(['Phụ lục II', 'Phụ lục II (2)']);
  expect(fake.cell('Phụ lục II', 'A1')?.v).toBe('Bản của đơn vị');
  expect(fake.cell('Phụ lục II (2)', 'A3')?.v).toBe('Phụ lục II');
  expect(fake.cell('Phụ lục II (2)', 'D8')?.v).toBe('Năm 2023');
  expect(byTestId('notice-success').textContent).toContain('Đã thêm trang «Phụ lục II (2)»');

  // Again, the score sheet of Bảng 2.
  await click(byTestId('generate'));
  await choose('Bảng tự đánh giá, chấm điểm Chỉ số CCHC');
  await choose('Bảng 2 – UBND huyện, thị xã, thành phố');
  await click(byTestId('generate-create'));
  await settle();
  expect(fake.sheets.map((s) => s.name)).toEqual(['Phụ lục II', 'Phụ lục II (2)', 'Bảng chấm điểm']);
  expect(fake.cell('Bảng chấm điểm', 'A4')?.v).toBe('BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ NĂM 2024');
});

test('taking the data from the open workbook says so when it holds no table to take it from', async () => {
  await click(byTestId('generate'));
  await click(byTestId('generate-from'));
  await click(byTestId('generate-create'));
  await settle();
  expect(fake.sheets.map((s) => s.name)).toEqual(['Phụ lục II']);
  expect(byTestId('notice-warning').textContent).toContain('Không tìm thấy bảng kế hoạch');
});
