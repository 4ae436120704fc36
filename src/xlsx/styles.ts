// xl/styles.xml → what a cell's style index `s` means to the Grid: its number format code and
// its font name (SPEC §3: legacy TCVN3 text is recognised partly by ".VnTime" fonts).
import { parseXml, type Tag } from './xml';

export interface CellStyle {
  /** Number format code; absent for General. */
  fmt?: string;
  font?: string;
}

/**
 * Built-in number formats (ECMA-376 §18.8.30): files name them by id only. Excel shows id 14
 * in the user's short-date format; the code only has to read as a date (isDateFormat).
 */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: '"$"#,##0_);\\("$"#,##0\\)',
  6: '"$"#,##0_);[Red]\\("$"#,##0\\)',
  7: '"$"#,##0.00_);\\("$"#,##0.00\\)',
  8: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)',
  42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
  43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
  44: '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

const GENERAL_RE = /^general$/i;

export function formatCode(id: number, custom: ReadonlyMap<number, string>): string | undefined {
  const code = custom.get(id) ?? BUILTIN_FORMATS[id];
  return code === undefined || GENERAL_RE.test(code) ? undefined : code;
}

interface XfRef {
  numFmtId: number;
  fontId: number;
}

/** The styles part parsed into one CellStyle per cellXfs entry (index = the cell's `s`). */
export function parseStyles(data: Uint8Array | undefined): CellStyle[] {
  if (!data) return [];
  const formats = new Map<number, string>();
  const fonts: Array<string | undefined> = [];
  const xfs: XfRef[] = [];
  // <font> and <xf> also occur under <dxfs> and <cellStyleXfs>: only the direct children of
  // <fonts> and <cellXfs> count, so track the enclosing list.
  let list = '';
  let inFont = false;
  parseXml(data, {
    open(tag: Tag) {
      const name = tag.name;
      switch (name) {
        case 'numFmt': {
          const id = tag.get('numFmtId');
          const code = tag.get('formatCode');
          if (id !== undefined && code !== undefined) formats.set(Number(id), code);
          break;
        }
        case 'fonts':
        case 'cellXfs':
        case 'cellStyleXfs':
        case 'dxfs':
          list = name;
          break;
        case 'font':
          if (list === 'fonts') {
            fonts.push(undefined);
            inFont = true;
          }
          break;
        case 'name':
          if (inFont && list === 'fonts') fonts[fonts.length - 1] = tag.get('val');
          break;
        case 'xf':
          if (list === 'cellXfs') xfs.push({ numFmtId: Number(tag.get('numFmtId') ?? 0), fontId: Number(tag.get('fontId') ?? 0) });
          break;
      }
    },
    close(name: string) {
      if (name === 'font') inFont = false;
      else if (name === list) list = '';
    },
  });
  return xfs.map((xf) => styleOf(xf, formats, fonts));
}

function styleOf(xf: XfRef, formats: ReadonlyMap<number, string>, fonts: ReadonlyArray<string | undefined>): CellStyle {
  const style: CellStyle = {};
  const fmt = formatCode(xf.numFmtId, formats);
  if (fmt !== undefined) style.fmt = fmt;
  const font = fonts[xf.fontId];
  if (font) style.font = font;
  return style;
}
