// Writes a generated form (engine/generate: SheetForm) as a new .xlsx with ExcelJS (issue 8): Times
// New Roman, bordered table, merges, widths and heights, frozen header rows, A4 fitted to one page
// wide with the header rows printed on every page and "Trang &P/&N" in the footer, date inputs
// with their data validation, input cells unlocked and the sheet protected without a password.
// Thin: the layout decides everything (STYLE.md). Formulas carry the result the fill computed (none
// on an empty form) and the workbook asks Excel to calculate on opening anyway. The file
// is written beside the target and renamed into place: a failed run never leaves half a workbook.
import ExcelJS from 'exceljs';
import { writeFileAtomically } from './atomicWrite';
import { rectA1 } from '../engine/grid';
import type { FormCell, FormStyle, SheetForm } from '../engine/generate/types';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Excel's A4 paper size code. */
const A4 = 9;
/** A date input's lowest day (data validation): 01/01/2000. */
const FIRST_DAY = new Date(Date.UTC(2000, 0, 1));

function excelStyle(s: FormStyle, font: SheetForm['font']): Partial<ExcelJS.Style> {
  return {
    font: { name: font.name, size: s.size ?? font.size, ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italic: true } : {}) },
    alignment: { vertical: s.valign ?? 'middle', ...(s.align ? { horizontal: s.align } : {}), ...(s.wrap ? { wrapText: true } : {}) },
    ...(s.border ? { border: BORDER } : {}),
    ...(s.numFmt ? { numFmt: s.numFmt } : {}),
    protection: { locked: !s.input },
  };
}

function cellValue(c: FormCell): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    return (c.result === undefined || c.result === null ? { formula: c.formula } : { formula: c.formula, result: c.result }) as ExcelJS.CellFormulaValue;
  }
  return c.value ?? null;
}

function addFormSheet(wb: ExcelJS.Workbook, form: SheetForm): void {
  const p = form.page;
  const ws = wb.addWorksheet(form.name, {
    properties: { defaultRowHeight: 16.5 },
    pageSetup: {
      paperSize: A4,
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      horizontalCentered: true,
      margins: p.margins,
      printTitlesRow: `${p.printTitleRows.from}:${p.printTitleRows.to}`,
    },
    headerFooter: { oddFooter: `&C${p.footer}`, evenFooter: `&C${p.footer}` },
    views: [{ state: 'frozen', xSplit: 0, ySplit: form.freezeRows, topLeftCell: `A${form.freezeRows + 1}`, zoomScale: 100 }],
  });
  form.widths.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  const styles = new Map<FormStyle, Partial<ExcelJS.Style>>();
  form.rows.forEach((line, i) => {
    line.forEach((c, j) => {
      if (!c) return;
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = cellValue(c);
      let made = styles.get(c.style);
      if (!made) {
        made = excelStyle(c.style, form.font);
        styles.set(c.style, made);
      }
      cell.style = made;
      if (c.validation) {
        cell.dataValidation = {
          type: 'date',
          operator: 'greaterThan',
          allowBlank: true,
          formulae: [FIRST_DAY],
          showInputMessage: true,
          promptTitle: c.validation.promptTitle,
          prompt: c.validation.prompt,
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: c.validation.errorTitle,
          error: c.validation.error,
        };
      }
    });
  });
  for (const [row, height] of Object.entries(form.heights)) ws.getRow(Number(row)).height = height;
  for (const m of form.merges) ws.mergeCells(rectA1(m));
  const prot = form.protection;
  // No password (issue 8): a guard against typing over a formula by accident, not a lock.
  void ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatRows: prot.formatRows,
    formatColumns: prot.formatColumns,
    insertRows: prot.insertRows,
    deleteRows: prot.deleteRows,
  });
}

/** The workbook holding the form, as bytes. */
export async function formWorkbookBuffer(forms: readonly SheetForm[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cchc generate';
  wb.lastModifiedBy = 'cchc generate';
  // Excel computes every formula on opening (the cached results are the engine's).
  wb.calcProperties.fullCalcOnLoad = true;
  for (const form of forms) addFormSheet(wb, form);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes the workbook to `path` through a temporary file beside it. */
export async function writeFormWorkbook(forms: readonly SheetForm[], path: string): Promise<void> {
  await writeFileAtomically(path, await formWorkbookBuffer(forms));
}
