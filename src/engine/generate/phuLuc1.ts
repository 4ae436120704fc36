// Phụ lục I (seed 004, Sơn La 2024): "Danh mục các nhiệm vụ đã hoàn thành trong Kế hoạch CCHC năm
// N", sections I–VI as the seed has them, one row per completed task.
//
// Decision (issue 8, the on-time column as formulas): the seed's form has seven columns and the
// document's date lives inside the "Số văn bản" / "Trích yếu" text ("… ngày 20/01/2024"). A
// formula cannot read a day out of free text reliably (DATEVALUE depends on the computer's date
// settings, the wording varies), so the generated form adds one column, "Ngày hoàn thành" (the
// day the document completing the task was issued; the header is the plan vocabulary's
// doneDate, SPEC §2.1), between "Số văn bản" and "Trích yếu", and keeps "Thời hạn ban hành văn
// bản" as a day too. Both are date cells whose data validation asks for a day (a deadline such
// as "Quý I/2024" is entered as its last day, 31/03/2024, SPEC §5; one that names no day,
// "Thường xuyên", goes to Ghi chú: typed into the deadline cell, text would compare as later
// than any day in Excel). Then "Đúng hạn/quá hạn" is the fill's formula
// IF(OR(D9="",F9=""),"",IF(D9<=F9,"Đúng hạn","Quá hạn")) (rules/planTasks/onTime.ts) on every
// task row: live as the officer types, empty until both days are there. A task carried from a
// plan (`--from`) whose deadline names no day keeps the plan's words in its deadline cell, and
// its row has no formula (nothing to compare; the fill plans none either).
import { isoToSerial } from '../grid';
import { merge, newCells, put, rect } from '../layout/build';
import type { DateValidation, LayoutStyle } from '../layout/types';
import { PHU_LUC_1_HEADER, PHU_LUC_1_SECTIONS, PHU_LUC_1_TITLE } from './data/phuLuc1';
import type { Draft, ProbeCell } from './draft';
import {
  agencyLine,
  borderTable,
  cell,
  pageSetup,
  PROTECTION,
  STYLES,
  style,
  subtitleLine,
  titleBlock,
} from './sheet';
import type { ResolvedRequest } from './types';

/** A completed task carried into the form (`--from`). Days are ISO. */
export interface CarriedTask {
  task: string;
  docNumber: string;
  docDate: string | null;
  docSummary: string;
  deadline: string | null;
  /** A deadline that names no day ("Theo hướng dẫn của Sở Nội vụ"), as the plan words it. */
  deadlineText: string | null;
  note: string;
}

export interface CarriedSection {
  /** Roman numeral and title of the form's section. */
  code: string;
  title: string;
  tasks: CarriedTask[];
}

/** Empty rows under each section of a blank form (the seed shows "1" and ".."), and spare rows after carried tasks. */
export const BLANK_ROWS = 3;
export const SPARE_ROWS = 1;

export const DATE_FORMAT = 'dd/mm/yyyy';

type Role = 'code' | 'task' | 'docNumber' | 'doneDate' | 'docSummary' | 'deadline' | 'onTime' | 'note';

/** The columns, left to right: the seed's seven and "Ngày hoàn thành" (see the header). */
const COLUMNS: ReadonlyArray<{ role: Role; header: string; width: number }> = [
  { role: 'code', header: PHU_LUC_1_HEADER.code, width: 6 },
  { role: 'task', header: PHU_LUC_1_HEADER.task, width: 40 },
  { role: 'docNumber', header: PHU_LUC_1_HEADER.docNumber, width: 17 },
  { role: 'doneDate', header: 'Ngày hoàn thành', width: 13 },
  { role: 'docSummary', header: PHU_LUC_1_HEADER.docSummary, width: 38 },
  { role: 'deadline', header: PHU_LUC_1_HEADER.deadline, width: 13 },
  { role: 'onTime', header: PHU_LUC_1_HEADER.onTime, width: 12 },
  { role: 'note', header: PHU_LUC_1_HEADER.note, width: 16 },
];

const COL = Object.fromEntries(COLUMNS.map((c, i) => [c.role, i + 1])) as Record<Role, number>;

/** The lowest day a date input takes: 01/01/2000. */
const FIRST_DAY = '2000-01-01';

const DONE_DATE_RULE: DateValidation = {
  kind: 'date',
  after: FIRST_DAY,
  promptTitle: 'Ngày hoàn thành',
  prompt: 'Ngày ban hành văn bản hoàn thành nhiệm vụ, dạng ngày/tháng/năm (ví dụ 20/01/2024).',
  errorTitle: 'Cần nhập một ngày',
  error: 'Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 20/01/2024.',
};

const DEADLINE_RULE: DateValidation = {
  kind: 'date',
  after: FIRST_DAY,
  promptTitle: 'Thời hạn ban hành văn bản',
  prompt:
    'Ngày cuối cùng của thời hạn: Quý I/2024 → 31/03/2024; Tháng 6/2024 → 30/06/2024. Thời hạn không phải một ngày (Thường xuyên…): để trống, ghi vào cột Ghi chú.',
  errorTitle: 'Cần nhập một ngày',
  error: 'Hãy nhập ngày cuối cùng của thời hạn, dạng ngày/tháng/năm (ví dụ 31/03/2024).',
};

const INPUT_TEXT: LayoutStyle = style(STYLES.text, { input: true });
const INPUT_CODE: LayoutStyle = style(STYLES.code, { input: true });
const INPUT_DATE: LayoutStyle = style(STYLES.number, { input: true, numFmt: DATE_FORMAT, wrap: true });
const ON_TIME_STYLE: LayoutStyle = style(STYLES.center);
const SECTION_CODE: LayoutStyle = style(STYLES.code, { bold: true });
const SECTION_TITLE: LayoutStyle = style(STYLES.text, { bold: true });

/** A serial day for a date cell. */
function serial(iso: string | null): number | null {
  return iso === null ? null : isoToSerial(iso);
}

/** A task row's cells, left to right (an empty row of the form when `t` is null). */
function taskCells(code: number, t: CarriedTask | null): Array<[Role, string | number | null, LayoutStyle, DateValidation?]> {
  return [
    ['code', String(code), INPUT_CODE],
    ['task', t?.task ?? null, INPUT_TEXT],
    ['docNumber', t?.docNumber ?? null, INPUT_TEXT],
    ['doneDate', serial(t?.docDate ?? null), INPUT_DATE, DONE_DATE_RULE],
    ['docSummary', t?.docSummary ?? null, INPUT_TEXT],
    ['deadline', serial(t?.deadline ?? null) ?? t?.deadlineText ?? null, INPUT_DATE, DEADLINE_RULE],
    ['onTime', null, ON_TIME_STYLE],
    ['note', t?.note ?? null, INPUT_TEXT],
  ];
}

/** The form's sections: the seed's six, each with its carried tasks (none: a blank form). */
export function blankSections(): CarriedSection[] {
  return PHU_LUC_1_SECTIONS.map((s) => ({ code: s.code, title: s.title, tasks: [] }));
}

export function phuLuc1Draft(req: ResolvedRequest, carried: CarriedSection[] | null): Draft {
  const sheet = newCells();
  const widths = COLUMNS.map((c) => c.width);
  const width = widths.length;
  const title = PHU_LUC_1_TITLE.title.replace(/NĂM…$/, `NĂM ${req.year}`);
  const headerRow = titleBlock(sheet, { agency: agencyLine(req.unit), label: PHU_LUC_1_TITLE.label, title: [title], subtitle: subtitleLine(req.year, req.unit) }, widths);
  COLUMNS.forEach((c, i) => put(sheet, headerRow, i + 1, cell(c.header, STYLES.header)));

  const probes: ProbeCell[] = [];
  // Sample days on every task row, so the fill plans the on-time formula there (draft.ts).
  const probeFrom = isoToSerial(`${req.year}-01-15`);
  const probeTo = isoToSerial(`${req.year}-12-31`);
  let row = headerRow + 1;
  for (const section of carried ?? blankSections()) {
    put(sheet, row, COL.code, cell(section.code, SECTION_CODE));
    put(sheet, row, COL.task, cell(section.title, SECTION_TITLE));
    merge(sheet, rect(row, COL.task, row, width));
    row++;
    const tasks: Array<CarriedTask | null> = [...section.tasks, ...new Array<null>(section.tasks.length ? SPARE_ROWS : BLANK_ROWS).fill(null)];
    tasks.forEach((t, i) => {
      for (const [role, value, s, v] of taskCells(i + 1, t)) put(sheet, row, COL[role], cell(value, s, v ? { validation: v } : {}));
      if (!t?.task) probes.push({ row, col: COL.task, value: 'Nhiệm vụ' });
      if (!t?.docDate) probes.push({ row, col: COL.doneDate, value: probeFrom, fmt: DATE_FORMAT });
      // A deadline naming no day gets no formula: there is nothing to compare with (the fill agrees).
      if (!t?.deadline && !t?.deadlineText) probes.push({ row, col: COL.deadline, value: probeTo, fmt: DATE_FORMAT });
      row++;
    });
  }
  const bottom = row - 1;
  borderTable(sheet, rect(headerRow, 1, bottom, width));
  return {
    kind: 'phuLuc1',
    name: PHU_LUC_1_TITLE.label,
    sheet,
    widths,
    freezeRows: headerRow,
    page: pageSetup('landscape', [headerRow]),
    protection: PROTECTION,
    table: {
      kind: 'planTasks',
      headerRows: [headerRow],
      range: rect(headerRow, 1, bottom, width),
      columns: Object.fromEntries(COLUMNS.map((c, i) => [c.role, i + 1])),
    },
    probes,
    computedStyle: () => ON_TIME_STYLE,
  };
}
