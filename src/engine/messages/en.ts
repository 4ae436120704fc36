// English messages, the second language. Same codes and parameters as vi.ts.
import type { Catalogue, ScoreColumn, TaskField, ValueKind } from './catalog';

export const scoreColumnEn: Record<ScoreColumn, string> = {
  self: 'self-assessed score',
  appraised: 'appraised score',
  rechecked: 're-checked score',
  survey: 'survey (ĐTXHH) score',
};

const valueKindEn: Record<ValueKind, string> = {
  score: 'a score',
  max: 'a maximum score',
  count: 'a count',
  percent: 'a percentage',
  number: 'a number',
  date: 'a date',
  yesNo: '0 (No) or 1 (Yes)',
};

const taskFieldEn: Record<TaskField, string> = {
  product: 'output (Sản phẩm)',
  lead: 'lead unit (Đơn vị chủ trì)',
  deadline: 'deadline (Thời gian hoàn thành)',
};

/** "task 1.2", or for an un-coded task (seed 003) "task "Xây dựng dự toán …"". */
const taskEn = (p: { code: string; name?: string }): string => `task ${p.code || `"${p.name ?? ''}"`}`;

export const en: Catalogue = {
  'cell.error': (p) => `the cell holds the error ${p.value} where ${valueKindEn[p.expected]} is expected`,
  'code.orphan': (p) => `code ${p.code} has no parent ${p.parent} above it`,
  'code.duplicate': (p) => `code ${p.code} duplicates the code in ${p.first}`,
  'code.wrongParent': (p) =>
    `code ${p.code} sits under ${p.actualParent} but its number says it belongs to ${p.expectedParent}`,
  'max.sumMismatch': (p, f) =>
    `the maximum of ${p.code} is ${f.num(p.max)} but its children's maxima sum to ${f.num(p.sum)}`,
  'max.notNumber': (p) => `the maximum "${p.value}" is not a number (write e.g. 1, 0.5 or +/-3)`,
  'total.mismatch': (p, f) => `the total maximum reads ${f.num(p.found)} but should be ${f.num(p.expected)}`,
  'score.exceedsMax': (p, f) =>
    p.bonus
      ? `${scoreColumnEn[p.column]} ${f.num(p.value)} is outside the allowed range -${f.num(p.max)} to +${f.num(p.max)}`
      : `${scoreColumnEn[p.column]} ${f.num(p.value)} exceeds the maximum ${f.num(p.max)}`,
  'score.negative': (p, f) => `${scoreColumnEn[p.column]} ${f.num(p.value)} is negative; scores start at 0`,
  'score.notNumber': (p) => `${scoreColumnEn[p.column]} "${p.value}" is not a number`,
  'score.sumMismatch': (p, f) =>
    `${scoreColumnEn[p.column]} of ${p.code} reads ${f.num(p.value)} but its children sum to ${f.num(p.sum)}`,
  'stat.notCount': (p, f) =>
    `${typeof p.value === 'number' ? f.num(p.value) : `"${p.value}"`} is not a non-negative whole number (unit: ${p.unit})`,
  'stat.notNumber': (p) => `"${p.value}" is not a number (unit: ${p.unit})`,
  'stat.percentRange': (p, f) => `percentage ${f.num(p.value)}% is outside 0–100%`,
  'stat.notYesNo': (p, f) =>
    `${typeof p.value === 'number' ? f.num(p.value) : `"${p.value}"`} is not allowed: only 0 (No) or 1 (Yes)`,
  'stat.partExceedsWhole': (p, f) =>
    p.pair !== undefined
      ? `"${p.pair}": ${p.part ? `"${p.part}"` : 'the numerator'} ${f.num(p.value)} is more than ${p.whole ? `"${p.whole}"` : 'the denominator'} ${f.num(p.wholeValue)}`
      : `"${p.part}" is ${f.num(p.value)}, more than "${p.whole}" = ${f.num(p.wholeValue)} (${p.wholeCell})`,
  'stat.percentMismatch': (p, f) =>
    `the percentage reads ${f.num(p.value)}% but the figures${p.from ? ` (${p.from})` : ''} give ${f.num(p.computed)}%`,
  'code.gap': (p) => `code ${p.code} follows ${p.previous}: ${p.expected} is missing`,
  'code.mangledByExcel': (p, f) =>
    `the code is stored as the number ${f.num(p.value)} (Excel may have turned e.g. 1.10 into 1.1) and is read as ${p.code}; format the code column as Text`,
  'max.optionExceeds': (p, f) =>
    `option "${p.option}" gives ${f.num(p.value)} points, more than the maximum ${f.num(p.max)} of criterion ${p.code}`,
  'score.notAllowed': (p, f) =>
    `${scoreColumnEn[p.column]} ${f.num(p.value)} is not one of the scoring guidance's levels (${p.levels.map(f.num).join('; ')}${
      p.from !== undefined && p.to !== undefined ? `, or ${f.num(p.from)} to ${f.num(p.to)} from the rate achieved` : ''
    })`,
  'score.noEvidence': (p, f) =>
    `${p.code} has ${scoreColumnEn[p.column]} ${f.num(p.value)} but no evidence document or explanation; the appraisal council may lower it`,
  'index.below70': (p, f) => `the CCHC index ${f.num(p.index)}% is below 70%: the unit is not considered for provincial commendation`,
  'area.below50': (p, f) =>
    `area ${p.code} "${p.name}" reaches only ${f.num(p.percent)}% of its applicable maximum, below 50%: the unit is not considered for provincial commendation`,
  'task.overdue': (p, f) => `${taskEn(p)} is overdue: deadline ${f.date(p.deadline)}, not done by ${f.date(p.today)}`,
  'task.completedLate': (p, f) => `${taskEn(p)} was done on ${f.date(p.done)}, after its deadline ${f.date(p.deadline)}`,
  'task.deadlineBeforePlanYear': (p) =>
    `deadline "${p.text}" is in ${p.year}, before the plan year ${p.planYear} (likely copied from last year's plan)`,
  'task.missingField': (p) => `${taskEn(p)} has no ${taskFieldEn[p.field]}`,
  'task.statusUnknown': (p) => `status "${p.value}" is not understood; write "Hoàn thành", "Chưa hoàn thành" or "Đang thực hiện"`,
  'task.onTimeMismatch': (p, f) =>
    `reads "${p.value}" but the document dated ${f.date(p.docDate)} against the deadline ${f.date(p.deadline)} is ${p.onTime ? 'on time' : 'late'}`,
  'stat.partExceedsWholeSoft': (p, f) =>
    `"${p.part}" is ${f.num(p.value)}, more than "${p.whole}" = ${f.num(p.wholeValue)} (${p.wholeCell}); please check`,
  'code.malformed': (p) => `"${p.text}" is not a valid code (1, 1.1, 1.1.1 …); the row is read as an un-numbered item`,
  'assignment.unassigned': (p) => `${p.code} has no responsible unit`,
  'assignment.unknownCode': (p) => `code ${p.code} is not in the score sheet (sheet ${p.scoreSheet})`,
  'assignment.missingCode': (p) => `criterion ${p.code} of the score sheet is not assigned (sheet ${p.assignmentSheet})`,
  'computed.overwritten': (p, f) =>
    `${typeof p.old === 'string' && p.old.startsWith('=') ? 'the old formula' : 'the hand-typed value'} "${typeof p.old === 'number' ? f.num(p.old) : p.old}" was replaced by ${p.value === undefined ? `the formula ${p.formula}` : `the recomputed value ${typeof p.value === 'number' ? f.num(p.value) : p.value}`}; the old value is kept in the cell's note`,
  'fill.numberAsText': (p) => `the sum skips numbers stored as text: ${p.cells}; convert them to numbers`,
  'fill.noRoom': (p) => `no empty rows after the total row (${p.rows}) for the applicable maximum, index and rating`,
  'fill.mergedCell': (p) => `the cell lies inside the merged range ${p.range} but is not its top-left cell, so it cannot be written; unmerge it and fill again`,
  'fill.errorCell': (p) => `no formula written: cell ${p.cells} holds the error ${p.error}; fix it and fill again`,
  'fill.textKept': (p) => `the cell holds the text "${p.value}" and is left as it is (typed text is never overwritten); type a number or clear it and fill again`,
  'fill.indexValue': (p, f) =>
    `the CCHC index is written as the value ${f.num(p.index)}, not a formula: ${p.reason === 'survey' ? 'survey (ĐTXHH) scores are in a column of their own' : `the ${scoreColumnEn[p.column ?? 'appraised']} column is only partly filled`}, so the index takes each criterion's final score (re-checked, else appraised, else self-assessed)`,
  'summary.duplicateUnit': (p) => `unit "${p.unit}" has several files: ${p.files}`,
  'summary.criteriaMismatch': (p) => `the file uses the ${p.criteria} criteria, unlike the ${p.expected} criteria of the other units`,
  'table.notFound': () => 'No CCHC table (plan, statistics annex, score sheet, assignment table) was found in the file',
  'cell.numberAsText': (p) => `the number "${p.value}" is stored as text`,
  'cell.htmlMarkup': (p) => `the cell holds HTML markup pasted from a web page (${p.text}); it is read as text`,
  'task.dueSoon': (p, f) => `${taskEn(p)} is due soon: deadline ${f.date(p.deadline)}, ${p.days} days left`,
  'task.deadlineUnparsed': (p) => `the deadline "${p.text}" could not be read`,
  'stat.yearJump': (p, f) =>
    `${f.num(p.value)} differs more than tenfold from the previous year (${f.num(p.previous)}, ${p.previousCell}); an extra digit?`,
  'stat.unknownUnit': (p) => `unit "${p.unit}" is not in the vocabulary; the value is only checked to be a number`,
  'guidance.unparsed': (p) => `the scoring guidance "${p.text}" could not be read`,
};
