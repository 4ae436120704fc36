// cchc generate phu-luc-1|phu-luc-2|score-sheet -o OUT.xlsx [--year N] [--unit "…"]
//   [--criteria so|huyen|FILE] [--from FILE.xlsx] [--force] [--today …] [--json] [--lang vi|en]
//   [--config FILE]                                                            (SPEC §9, issue 8)
// A new workbook holding the form, laid out like the official one, its computed cells the fill's
// formulas. `--from` carries a unit's data from its existing workbook (never changed). Refuses to
// overwrite OUT without --force. Exit 0 when written, 2 when it cannot be done.
import { join, relative, resolve } from 'node:path';
import { generateForm, type Carried, type CriteriaChoice, type FormKind, type GenerateOutcome, type ResolvedRequest, type SheetForm } from '../../engine/generate';
import { rectA1, type WorkbookGrids } from '../../engine/grid';
import type { Lang } from '../../engine/messages';
import { InputError } from '../../xlsx/errors';
import { writeLayoutWorkbook } from '../../xlsx/layoutWorkbook';
import { readWorkbookFile } from '../../xlsx/read';
import { parseCommandArgs } from '../args';
import type { Io } from '../io';
import { langOf } from '../lang';
import { CONFIG_FILE, loadConfig, outputPath, todayOption, usageFor, yearOption } from '../options';

/** The command line's names of the forms. */
const KINDS: Readonly<Record<string, FormKind>> = { 'phu-luc-1': 'phuLuc1', 'phu-luc-2': 'phuLuc2', 'score-sheet': 'scoreSheet' };
const CRITERIA: Readonly<Record<string, CriteriaChoice>> = { so: 'so', huyen: 'huyen' };

const FORM_NAMES: Record<Lang, Record<FormKind, string>> = {
  vi: { phuLuc1: 'Phụ lục I (danh mục nhiệm vụ đã hoàn thành)', phuLuc2: 'Phụ lục II (thống kê số liệu CCHC)', scoreSheet: 'bảng tự đánh giá, chấm điểm Chỉ số CCHC' },
  en: { phuLuc1: 'Phụ lục I (completed tasks)', phuLuc2: 'Phụ lục II (CCHC statistics)', scoreSheet: 'CCHC index self-assessment score sheet' },
};

function kindOption(value: string | undefined, lang: Lang): FormKind {
  const kind = value === undefined ? undefined : KINDS[value];
  if (kind) return kind;
  const names = Object.keys(KINDS).join('|');
  if (value === undefined) throw usageFor('generate', lang, `cần tên phụ lục: ${names}`, `give the form to make: ${names}`);
  throw usageFor('generate', lang, `không có phụ lục «${value}»; chọn ${names}`, `no form "${value}"; choose ${names}`);
}

/** Reads an input workbook, naming it as the user wrote it in any error. */
async function readInput(given: string, io: Io): Promise<WorkbookGrids> {
  const path = resolve(io.cwd, given);
  try {
    return await readWorkbookFile(path);
  } catch (err) {
    if (err instanceof InputError && err.file === path) throw new InputError(err.problem, given, err.detail);
    throw err;
  }
}

function problemText(outcome: Extract<GenerateOutcome, { ok: false }>, lang: Lang): string {
  const p = outcome.problem;
  switch (p.kind) {
    case 'noPlanTable':
      return lang === 'en' ? 'plan task table with tasks (kế hoạch, Phụ lục 1/I)' : 'bảng nhiệm vụ (kế hoạch, Phụ lục 1/I) nào có nhiệm vụ';
    case 'noStatisticsYear':
      return lang === 'en' ? `statistics table with a "Năm ${p.year}" column` : `bảng thống kê số liệu nào có cột «Năm ${p.year}»`;
    case 'noScoreTable':
      return lang === 'en' ? 'criteria score table (STT, criteria, Điểm tối đa)' : 'bảng tiêu chí, chấm điểm nào (STT, tiêu chí, Điểm tối đa)';
    default: {
      const never: never = p;
      throw new Error(`unknown problem ${String(never)}`);
    }
  }
}

function carriedText(c: Carried, from: string, lang: Lang): string | null {
  const where = (sheet: string) => (lang === 'en' ? `sheet "${sheet}" of ${from}` : `trang «${sheet}» của ${from}`);
  switch (c.kind) {
    case 'none':
      return null;
    case 'tasks':
      return lang === 'en'
        ? `${c.tasks} completed tasks carried from ${where(c.source.sheet)}, in ${c.sections} sections`
        : `Đã lấy ${c.tasks} nhiệm vụ đã hoàn thành từ ${where(c.source.sheet)}, vào ${c.sections} mục`;
    case 'figures':
      return lang === 'en'
        ? `${c.values} figures of ${c.year} carried from ${where(c.source.sheet)} into the "Năm ${c.year}" column`
        : `Đã lấy ${c.values} số liệu năm ${c.year} từ ${where(c.source.sheet)} vào cột «Năm ${c.year}»`;
    case 'scores':
      return lang === 'en'
        ? `${c.scores} scored criteria carried from ${where(c.source.sheet)}`
        : `Đã lấy điểm của ${c.scores} tiêu chí từ ${where(c.source.sheet)}`;
    default: {
      const never: never = c;
      throw new Error(`unknown carried ${String(never)}`);
    }
  }
}

function formulaCount(form: SheetForm): number {
  let n = 0;
  for (const line of form.rows) for (const c of line) if (c?.formula !== undefined) n++;
  return n;
}

function summaryText(form: SheetForm, request: ResolvedRequest, shown: string, lang: Lang): string {
  const range = rectA1(form.table.range);
  const formulas = formulaCount(form);
  return lang === 'en'
    ? `Created ${FORM_NAMES.en[form.kind]} for ${request.year}: ${shown}, sheet "${form.name}", table ${range}, ${formulas} formulas. Input cells are unlocked; the sheet is protected without a password (Review → Unprotect Sheet).\n`
    : `Đã tạo ${FORM_NAMES.vi[form.kind]} năm ${request.year}: ${shown}, trang «${form.name}», bảng ${range}, ${formulas} công thức. Các ô nhập liệu để mở khóa; trang tính được bảo vệ không đặt mật khẩu (Xem lại → Bỏ bảo vệ trang tính).\n`;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const lang = langOf(argv, io);
  const { values, positionals } = parseCommandArgs({
    command: 'generate',
    argv,
    lang,
    example: 'cchc generate phu-luc-1 -o phu_luc_1.xlsx --year 2024 --unit "UBND huyện Mai Sơn"',
    options: {
      output: { type: 'string', short: 'o' },
      year: { type: 'string' },
      unit: { type: 'string' },
      criteria: { type: 'string' },
      from: { type: 'string' },
      force: { type: 'boolean', default: false },
      today: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      config: { type: 'string' },
    },
  });
  if (positionals.length > 1) throw usageFor('generate', lang, `chỉ tạo một phụ lục mỗi lần, nhận được: ${positionals.join(' ')}`, `one form at a time, got: ${positionals.join(' ')}`);
  const kind = kindOption(positionals[0], lang);
  const out = outputPath('generate', values.output, values.force, io.cwd, lang);
  const year = yearOption('generate', values.year, lang) ?? null;
  const today = todayOption(values.today, io.today(), lang);
  const unit = values.unit?.trim() || null;
  for (const input of [values.from, kind === 'scoreSheet' ? values.criteria : undefined]) {
    // SPEC §7's rule for fill holds here too: an input is never written over.
    if (input !== undefined && resolve(io.cwd, input) === out) throw new InputError('sameAsInput', values.output ?? '');
  }
  let criteria: CriteriaChoice = 'so';
  let criteriaTable: WorkbookGrids | null = null;
  if (values.criteria !== undefined) {
    if (kind !== 'scoreSheet') throw usageFor('generate', lang, '--criteria chỉ dùng với score-sheet', '--criteria goes with score-sheet only');
    const choice = CRITERIA[values.criteria];
    if (choice) criteria = choice;
    else criteriaTable = await readInput(values.criteria, io);
  }
  const from = values.from === undefined ? null : await readInput(values.from, io);
  const config = loadConfig(values.config, join(io.cwd, CONFIG_FILE), lang);

  const outcome = generateForm({ request: { kind, year, unit, criteria, today }, from, criteria: criteriaTable, config });
  if (!outcome.ok) {
    const file = outcome.problem.kind === 'noScoreTable' && outcome.problem.option === 'criteria' ? (values.criteria ?? '') : (values.from ?? '');
    throw new InputError('noSourceTable', file, problemText(outcome, lang));
  }
  try {
    await writeLayoutWorkbook([outcome.form], out, { creator: 'cchc generate' });
  } catch (err) {
    throw new InputError('unwritable', values.output ?? out, err instanceof Error ? err.message.split('\n')[0] : String(err));
  }
  const shown = relative(io.cwd, out) || out;
  const carried = carriedText(outcome.carried, values.from ?? '', lang);
  if (values.json) {
    const form = outcome.form;
    const json = {
      schema: 'cchc-generate/1',
      file: shown,
      form: positionals[0],
      sheet: form.name,
      year: outcome.request.year,
      unit: outcome.request.unit,
      table: { kind: form.table.kind, range: rectA1(form.table.range), headerRows: form.table.headerRows },
      formulas: formulaCount(form),
      carried: outcome.carried.kind === 'none' ? null : { ...outcome.carried, file: values.from },
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(summaryText(outcome.form, outcome.request, shown, lang));
    if (carried) io.stdout(`${carried}.\n`);
  }
  return 0;
}
