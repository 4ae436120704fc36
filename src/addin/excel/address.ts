// Addresses as Office.js writes them: "Sheet1!A1:F20", "'Bảng 1, 2'!B3", and the comma-separated
// lists of a RangeAreas ("Sheet1!A1:B4, Sheet1!D1:D4"). Sheet names may hold spaces, commas and
// apostrophes (doubled inside quotes), so lists are split outside quotes, never on every comma.
import { parseRectA1, rectA1, type Rect } from '../../engine/grid';

export interface SheetRect {
  sheet: string;
  rect: Rect;
}

/** A sheet name as a formula or a qualified address needs it: always quoted, which Excel accepts. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function qualify(sheet: string, a1: string): string {
  return `${quoteSheet(sheet)}!${a1}`;
}

/** Splits at top-level commas (not inside a quoted sheet name). */
function splitAreas(list: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === "'") {
      // A doubled apostrophe inside quotes is a literal one.
      if (quoted && list[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** "Sheet1!A1:B2" → {sheet, rect}; an address without a sheet gets `defaultSheet`. */
export function parseQualified(address: string, defaultSheet = ''): SheetRect | null {
  const bang = address.lastIndexOf('!');
  let sheet = defaultSheet;
  let ref = address;
  if (bang >= 0) {
    const raw = address.slice(0, bang);
    ref = address.slice(bang + 1);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  }
  const rect = parseWholeRowsOrCols(ref) ?? parseRectA1(ref.replace(/\$/g, ''));
  return rect ? { sheet, rect } : null;
}

// "3:5" (whole rows) and "B:D" (whole columns) appear in RangeAreas addresses of hidden-row work.
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const ROWS_RE = /^\$?(\d+):\$?(\d+)$/;
const COLS_RE = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;

function parseWholeRowsOrCols(ref: string): Rect | null {
  const rows = ROWS_RE.exec(ref);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: MAX_COL };
  const cols = COLS_RE.exec(ref);
  if (cols) {
    const a = parseRectA1(`${cols[1]}1`);
    const b = parseRectA1(`${cols[2]}1`);
    if (a && b) return { top: 1, bottom: MAX_ROW, left: a.left, right: b.left };
  }
  return null;
}

/** Every rectangle of a RangeAreas address. */
export function parseAreas(list: string, defaultSheet = ''): SheetRect[] {
  const out: SheetRect[] = [];
  for (const part of splitAreas(list)) {
    const parsed = parseQualified(part, defaultSheet);
    if (parsed) out.push(parsed);
  }
  return out;
}

export { rectA1 };
