// Phụ lục II (seed 004, Sơn La 2024): "Thống kê số liệu về kết quả thực hiện công tác cải cách hành
// chính", every indicator of the seed with its unit, the two year columns "Năm N-1" and "Năm N"
// under a merged "Kết quả thống kê", the value cells empty and unlocked.
//
// Decisions:
// - A count with its share in one cell ("… hồ sơ = …%", "Thủ tục …= …%", SPEC §2.2) cannot hold a
//   formula: the officer types both figures there. The generated form gives such an indicator two
//   rows, the count above and its percentage below (the two-cell layout the statistics rules read,
//   rules/statistics/model.ts `percentCell`), its text, unit and note merged over both; the
//   percentage is the fill's formula where the engine can compute it (files on time / late,
//   procedures with an internal process, electronic documents …), else an input. A unit of two
//   lines (seed row 56, two indicators in one row) stays one cell, as the seed has it.
// - Percentages get the formula the fill plans (draft.ts): IF(whole=0,"",ROUND(part/whole*100,2)).
//   Every other value cell is an input.
// - The seed's two repeated rows are left out (data/phuLuc2.ts PHU_LUC_2_SEED_REPEATS).
// - Headings (a code and no unit: "Kế hoạch cải cách hành chính") have no value cells to fill.
import { merge, newCells, put, rect } from '../layout/build';
import type { LayoutStyle, LayoutValue } from '../layout/types';
import { parseUnit, type UnitKind } from '../rules/statistics/units';
import { PHU_LUC_2_HEADER, PHU_LUC_2_ROWS, PHU_LUC_2_SEED_REPEATS, PHU_LUC_2_TITLE } from './data/phuLuc2';
import type { PhuLuc2Row } from './data/types';
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

/** Last year's figures carried into the N−1 column (`--from`), by index in PHU_LUC_2_ROWS. */
export interface CarriedFigure {
  value: LayoutValue;
  /** The share of a count-with-share indicator, for its percentage cell. */
  percent?: LayoutValue;
}

export type CarriedFigures = ReadonlyMap<number, CarriedFigure>;

const WIDTHS = [6, 52, 17, 11, 11, 12];
const COL = { code: 1, indicator: 2, unit: 3, previous: 4, current: 5, note: 6 } as const;
/** A percentage under its count: "96.90%" (the digits are the number; no ×100 as "0%" would). */
export const PERCENT_FORMAT = '0.00"%"';

const INPUT_VALUE: LayoutStyle = style(STYLES.number, { input: true, wrap: true });
const INPUT_NOTE: LayoutStyle = style(STYLES.text, { input: true });
const COMPUTED_PERCENT: LayoutStyle = style(STYLES.number, { numFmt: PERCENT_FORMAT });
const INPUT_PERCENT: LayoutStyle = style(STYLES.number, { input: true, numFmt: PERCENT_FORMAT });

/** Sample figures of the probe (draft.ts) by the kind of unit; none for headings and multi-line cells. */
const PROBE_VALUE: Partial<Record<UnitKind, number>> = {
  count: 10,
  countPercent: 10,
  percent: 50,
  yesNo: 1,
  ratio: 1,
  unknown: 10,
};

function isRoman(code: string): boolean {
  return /^[IVX]+$/.test(code);
}

function isArea(code: string): boolean {
  return /^\d+$/.test(code);
}

/** An indicator that gets the count-above-percentage rows. */
function splitsShare(r: PhuLuc2Row): boolean {
  const unit = parseUnit(r.unit);
  return unit.kind === 'countPercent' && unit.lines === 1;
}

export function phuLuc2Draft(req: ResolvedRequest, carried: CarriedFigures | null): Draft {
  const sheet = newCells();
  const width = WIDTHS.length;
  const years = [req.year - 1, req.year];
  const top = titleBlock(
    sheet,
    { agency: agencyLine(req.unit), label: PHU_LUC_2_TITLE.label, title: [PHU_LUC_2_TITLE.title], subtitle: subtitleLine(req.year, req.unit) },
    WIDTHS,
  );
  const H = PHU_LUC_2_HEADER;
  put(sheet, top, COL.code, cell(H.code, STYLES.header));
  put(sheet, top, COL.indicator, cell(H.indicator, STYLES.header));
  put(sheet, top, COL.unit, cell(H.unit, STYLES.header));
  put(sheet, top, COL.previous, cell(H.results, STYLES.header));
  put(sheet, top, COL.note, cell(H.note, STYLES.header));
  put(sheet, top + 1, COL.previous, cell(`Năm ${years[0]}`, STYLES.header));
  put(sheet, top + 1, COL.current, cell(`Năm ${years[1]}`, STYLES.header));
  for (const col of [COL.code, COL.indicator, COL.unit, COL.note]) merge(sheet, rect(top, col, top + 1, col));
  merge(sheet, rect(top, COL.previous, top, COL.current));

  const probes: ProbeCell[] = [];
  let row = top + 2;
  PHU_LUC_2_ROWS.forEach((r, index) => {
    if (PHU_LUC_2_SEED_REPEATS.has(index)) return;
    if (isRoman(r.code)) {
      put(sheet, row, COL.code, cell(r.code, style(STYLES.code, { bold: true })));
      put(sheet, row, COL.indicator, cell(r.indicator, style(STYLES.text, { bold: true })));
      merge(sheet, rect(row, COL.indicator, row, width));
      row++;
      return;
    }
    const strong = isArea(r.code);
    const unit = parseUnit(r.unit);
    const heading = unit.kind === 'none';
    const split = splitsShare(r);
    const span = split ? 2 : 1;
    put(sheet, row, COL.code, cell(r.code || null, style(STYLES.code, strong ? { bold: true } : {})));
    put(sheet, row, COL.indicator, cell(r.indicator, style(STYLES.text, strong ? { bold: true } : {})));
    put(sheet, row, COL.unit, cell(r.unit || null, STYLES.center));
    put(sheet, row, COL.note, cell(null, INPUT_NOTE));
    const figure = carried?.get(index);
    [COL.previous, COL.current].forEach((col) => {
      const value = col === COL.previous ? (figure?.value ?? null) : null;
      put(sheet, row, col, cell(value, heading ? STYLES.number : INPUT_VALUE));
      const probe = PROBE_VALUE[unit.kind];
      if (!heading && probe !== undefined && unit.lines === 1 && value === null) probes.push({ row, col, value: probe });
      if (split) {
        const percent = col === COL.previous ? (figure?.percent ?? null) : null;
        put(sheet, row + 1, col, cell(percent, INPUT_PERCENT));
        // A typed 0 makes the probe's row a percentage row the rules read (its figure is replaced).
        if (percent === null) probes.push({ row: row + 1, col, value: 0 });
      }
    });
    if (split) for (const col of [COL.code, COL.indicator, COL.unit, COL.note]) merge(sheet, rect(row, col, row + 1, col));
    row += span;
  });
  const bottom = row - 1;
  borderTable(sheet, rect(top, 1, bottom, width));
  return {
    kind: 'phuLuc2',
    name: PHU_LUC_2_TITLE.label,
    sheet,
    widths: [...WIDTHS],
    freezeRows: top + 1,
    page: pageSetup('portrait', [top, top + 1]),
    protection: PROTECTION,
    table: {
      kind: 'statistics',
      headerRows: [top, top + 1],
      range: rect(top, 1, bottom, width),
      columns: { code: COL.code, indicator: COL.indicator, unit: COL.unit, note: COL.note, [`year${years[0]}`]: COL.previous, [`year${years[1]}`]: COL.current },
    },
    probes,
    computedStyle: () => COMPUTED_PERCENT,
  };
}
