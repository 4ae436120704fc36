// Every word the task pane shows, in Vietnamese (the officers' own terms, GLOSSARY.md) and English.
// Data, not code: a new wording is a one-line change here.
import type { IssueCode } from '../../engine/messages';
import type { Lang } from '../../engine/messages';
import type { Severity, TableKind } from '../../report/schema';
import type { AddinErrorKind } from '../ops';

export interface Strings {
  title: string;
  check: string;
  fill: string;
  valuesOnly: string;
  undo: string;
  clearHighlights: string;
  generate: string;
  asOf: string;
  highlightOnCheck: string;
  wholeWorkbook: string;
  activeSheetOnly: (sheet: string) => string;
  working: Record<'read' | 'check' | 'fill' | 'undo' | 'highlight' | 'clear' | 'recheck' | 'save' | 'generate', string>;
  showDismissed: string;
  progressLabel: string;
  options: string;
  actions: string;
  tables: string;
  noTableYet: string;
  noTableOnSheet: string;
  tableRange: (range: string, rows: number) => string;
  kinds: Record<TableKind, string>;
  severities: Record<Severity, string>;
  filterLabel: string;
  findings: string;
  noFindings: string;
  ruleGroup: (code: string, count: number) => string;
  cellButton: (cell: string, message: string) => string;
  dismiss: string;
  dismissReason: string;
  dismissSave: string;
  dismissCancel: string;
  dismissedBecause: (reason: string) => string;
  restore: string;
  showMore: (n: number) => string;
  summary: string;
  index: string;
  rating: string;
  provisional: string;
  areasBelow50: string;
  none: string;
  completion: string;
  overdue: string;
  errorsWarnings: (errors: number, warnings: number) => string;
  filled: (cells: number, batches: number) => string;
  nothingToFill: string;
  undone: (cells: number, skipped: number) => string;
  cleared: (cells: number) => string;
  highlighted: (cells: number) => string;
  recheckedOnEdit: (sheet: string) => string;
  undoAvailable: (n: number) => string;
  readWarning: (sheet: string, kind: 'truncated' | 'mergesUnread', rows?: number) => string;
  errors: Record<AddinErrorKind, (sheet: string, cells: string) => string>;
  /** Every code has a title: a new code without one is a type error. */
  ruleTitles: Record<IssueCode, string>;
  ruleSource: (rule: string) => string;
}

const vi: Strings = {
  title: 'Kiểm tra hồ sơ CCHC',
  check: 'Kiểm tra',
  fill: 'Điền công thức',
  valuesOnly: 'Chỉ điền giá trị (không dùng công thức)',
  undo: 'Hoàn tác',
  clearHighlights: 'Xóa đánh dấu',
  generate: 'Tạo phụ lục',
  asOf: 'Tính đến ngày',
  highlightOnCheck: 'Tô màu các ô có vấn đề khi kiểm tra',
  wholeWorkbook: 'Cả tệp',
  activeSheetOnly: (sheet) => `Chỉ trang tính đang mở (${sheet})`,
  working: {
    read: 'Đang đọc bảng tính…',
    check: 'Đang kiểm tra…',
    fill: 'Đang điền công thức…',
    undo: 'Đang hoàn tác…',
    highlight: 'Đang tô màu các ô có vấn đề…',
    clear: 'Đang xóa đánh dấu…',
    recheck: 'Đang kiểm tra lại…',
    save: 'Đang lưu…',
    generate: 'Đang tạo phụ lục…',
  },
  showDismissed: 'Hiện các mục đã bỏ qua',
  progressLabel: 'Tiến độ',
  options: 'Tùy chọn',
  actions: 'Thao tác',
  tables: 'Bảng tìm thấy',
  noTableYet: 'Bấm «Kiểm tra» để tìm các bảng CCHC trong tệp.',
  noTableOnSheet: 'Không tìm thấy bảng CCHC nào trên trang tính này.',
  tableRange: (range, rows) => `${range} · ${rows} dòng`,
  kinds: {
    scoreSheet: 'Bảng chấm điểm Chỉ số CCHC',
    planTasks: 'Kế hoạch / nhiệm vụ CCHC',
    statistics: 'Phụ lục thống kê số liệu',
    assignment: 'Bảng phân công phụ trách',
  },
  severities: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  filterLabel: 'Hiện các mục',
  findings: 'Kết quả kiểm tra',
  noFindings: 'Không có vấn đề nào.',
  ruleGroup: (code, count) => `${code} · ${count} ô`,
  cellButton: (cell, message) => `Chọn ô ${cell}: ${message}`,
  dismiss: 'Bỏ qua',
  dismissReason: 'Lý do bỏ qua',
  dismissSave: 'Lưu',
  dismissCancel: 'Hủy',
  dismissedBecause: (reason) => `Đã bỏ qua: ${reason}`,
  restore: 'Khôi phục',
  showMore: (n) => `Xem thêm ${n} ô`,
  summary: 'Tóm tắt',
  index: 'Chỉ số CCHC',
  rating: 'Xếp loại',
  provisional: '(tạm tính, còn chờ điểm điều tra xã hội học)',
  areasBelow50: 'Lĩnh vực dưới 50%',
  none: 'không có',
  completion: 'Tỷ lệ hoàn thành kế hoạch',
  overdue: 'Nhiệm vụ quá hạn',
  errorsWarnings: (e, w) => `${e} lỗi, ${w} cảnh báo`,
  filled: (cells, batches) => `Đã điền ${cells} ô (${batches} lượt ghi). Có thể bấm «Hoàn tác» để trả lại như cũ.`,
  nothingToFill: 'Không có ô nào cần điền: các ô tính toán đã đúng.',
  undone: (cells, skipped) =>
    skipped ? `Đã hoàn tác ${cells} ô. ${skipped} ô đã được sửa sau khi điền nên được giữ nguyên.` : `Đã hoàn tác ${cells} ô.`,
  cleared: (cells) => `Đã xóa đánh dấu ${cells} ô; định dạng cũ của các ô được giữ nguyên.`,
  highlighted: (cells) => `Đã tô màu ${cells} ô có vấn đề (giá trị các ô không đổi).`,
  recheckedOnEdit: (sheet) => `Đã kiểm tra lại trang «${sheet}» sau khi sửa.`,
  undoAvailable: (n) => `${n} lần điền có thể hoàn tác`,
  readWarning: (sheet, kind, rows) =>
    kind === 'truncated'
      ? `Trang «${sheet}» quá lớn: chỉ kiểm tra ${rows ?? 0} dòng đầu.`
      : `Trang «${sheet}» có quá nhiều ô gộp: không đọc được vùng gộp, kết quả có thể thiếu.`,
  errors: {
    protected: (sheet) =>
      `Trang tính «${sheet}» đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại. Không ô nào bị thay đổi.`,
    changed: (_sheet, cells) =>
      `Bảng tính đã thay đổi kể từ lần kiểm tra (${cells}). Hãy bấm «Kiểm tra» lại rồi điền. Không ô nào bị thay đổi.`,
    tooLarge: () => 'Yêu cầu quá lớn đối với Excel (giới hạn 5 MB của Excel trên web). Không ô nào bị thay đổi.',
    connection: () => 'Mất kết nối với Excel giữa chừng. Các ô đã được trả lại như cũ; hãy thử lại.',
    rollbackFailed: () =>
      'Thao tác bị gián đoạn và chưa trả lại hết các ô. Hãy bấm «Hoàn tác» để khôi phục các ô như trước khi điền.',
    nothingToUndo: () => 'Không có lần điền nào để hoàn tác.',
    unknown: () => 'Đã xảy ra lỗi không mong muốn. Không ô nào bị thay đổi.',
  },
  ruleTitles: {
    'cell.error': 'Ô có lỗi (#REF!, #VALUE!…)',
    'code.orphan': 'Mã không có mục cha',
    'code.duplicate': 'Mã trùng nhau',
    'code.wrongParent': 'Mã nằm sai mục cha',
    'code.gap': 'Thiếu mã trong dãy số thứ tự',
    'code.mangledByExcel': 'Mã bị Excel đổi thành số',
    'max.sumMismatch': 'Điểm tối đa mục cha khác tổng mục con',
    'total.mismatch': 'Tổng điểm tối đa không đúng',
    'max.optionExceeds': 'Phương án chấm vượt điểm tối đa',
    'score.exceedsMax': 'Điểm vượt điểm tối đa',
    'score.negative': 'Điểm âm',
    'score.notNumber': 'Điểm không phải là số',
    'score.sumMismatch': 'Điểm mục cha khác tổng mục con',
    'score.notAllowed': 'Điểm không đúng mức của hướng dẫn chấm',
    'score.noEvidence': 'Có điểm nhưng thiếu tài liệu kiểm chứng',
    'index.below70': 'Chỉ số CCHC dưới 70%',
    'area.below50': 'Lĩnh vực đạt dưới 50%',
    'task.overdue': 'Nhiệm vụ quá hạn',
    'task.dueSoon': 'Nhiệm vụ sắp đến hạn',
    'task.completedLate': 'Hoàn thành sau thời hạn',
    'task.deadlineBeforePlanYear': 'Thời hạn trước năm kế hoạch',
    'task.deadlineUnparsed': 'Không đọc được thời hạn',
    'task.missingField': 'Nhiệm vụ thiếu thông tin',
    'task.statusUnknown': 'Tình trạng không rõ',
    'task.onTimeMismatch': 'Ghi đúng hạn/quá hạn chưa khớp',
    'stat.notCount': 'Số liệu không phải số đếm',
    'stat.notNumber': 'Số liệu không phải là số',
    'stat.percentRange': 'Tỷ lệ ngoài khoảng 0–100%',
    'stat.notYesNo': 'Chỉ được ghi 0 hoặc 1',
    'stat.partExceedsWhole': 'Số bộ phận lớn hơn tổng số',
    'stat.partExceedsWholeSoft': 'Số bộ phận lớn hơn tổng số (cần xem lại)',
    'stat.percentMismatch': 'Tỷ lệ ghi khác tỷ lệ tính được',
    'stat.yearJump': 'Số liệu chênh lệch lớn so với năm trước',
    'stat.unknownUnit': 'Đơn vị tính chưa có trong danh mục',
    'assignment.unassigned': 'Tiêu chí chưa có đơn vị thực hiện',
    'assignment.unknownCode': 'Mã không có trong bảng chấm điểm',
    'assignment.missingCode': 'Tiêu chí chưa được phân công',
    'computed.overwritten': 'Ô tính toán đã bị ghi đè bằng tay',
    'fill.numberAsText': 'Số lưu dạng văn bản bị bỏ qua khi cộng',
    'fill.noRoom': 'Không còn dòng trống để ghi Chỉ số CCHC',
    'table.notFound': 'Không tìm thấy bảng CCHC',
    'cell.numberAsText': 'Số lưu dạng văn bản',
    'cell.htmlMarkup': 'Ô chứa mã HTML',
    'guidance.unparsed': 'Chưa đọc được hướng dẫn chấm',
    'max.notNumber': 'Điểm tối đa không phải là số',
    'code.malformed': 'Mã số thứ tự viết sai dạng',
    'fill.mergedCell': 'Ô tính toán nằm trong vùng gộp ô',
    'fill.errorCell': 'Không điền được vì ô có lỗi',
    'fill.textKept': 'Giữ nguyên chữ đã nhập ở ô tính toán',
    'fill.indexValue': 'Chỉ số CCHC ghi bằng giá trị, không bằng công thức',
    'summary.duplicateUnit': 'Một đơn vị có nhiều tệp',
    'summary.criteriaMismatch': 'Tệp dùng bộ tiêu chí khác',
  },
  ruleSource: (rule) => `Căn cứ: ${rule}`,
};

const en: Strings = {
  title: 'CCHC paperwork checker',
  check: 'Check',
  fill: 'Fill formulas',
  valuesOnly: 'Fill values only (no formulas)',
  undo: 'Undo',
  clearHighlights: 'Clear highlights',
  generate: 'Create annex',
  asOf: 'As of',
  highlightOnCheck: 'Highlight flagged cells when checking',
  wholeWorkbook: 'Whole workbook',
  activeSheetOnly: (sheet) => `Active sheet only (${sheet})`,
  working: {
    read: 'Reading the workbook…',
    check: 'Checking…',
    fill: 'Filling formulas…',
    undo: 'Undoing…',
    highlight: 'Highlighting flagged cells…',
    clear: 'Clearing highlights…',
    recheck: 'Checking again…',
    save: 'Saving…',
    generate: 'Creating the annex…',
  },
  showDismissed: 'Show dismissed findings',
  progressLabel: 'Progress',
  options: 'Options',
  actions: 'Actions',
  tables: 'Tables found',
  noTableYet: 'Press “Check” to find the CCHC tables in this workbook.',
  noTableOnSheet: 'No CCHC table was found on this sheet.',
  tableRange: (range, rows) => `${range} · ${rows} rows`,
  kinds: {
    scoreSheet: 'PAR index score sheet',
    planTasks: 'Reform plan tasks',
    statistics: 'Statistics annex',
    assignment: 'Assignment table',
  },
  severities: { error: 'Error', warning: 'Warning', info: 'Info' },
  filterLabel: 'Show',
  findings: 'Findings',
  noFindings: 'No issues found.',
  ruleGroup: (code, count) => `${code} · ${count} ${count === 1 ? 'cell' : 'cells'}`,
  cellButton: (cell, message) => `Select cell ${cell}: ${message}`,
  dismiss: 'Dismiss',
  dismissReason: 'Reason for dismissing',
  dismissSave: 'Save',
  dismissCancel: 'Cancel',
  dismissedBecause: (reason) => `Dismissed: ${reason}`,
  restore: 'Restore',
  showMore: (n) => `Show ${n} more cells`,
  summary: 'Summary',
  index: 'PAR index',
  rating: 'Rating',
  provisional: '(provisional: survey scores pending)',
  areasBelow50: 'Areas below 50%',
  none: 'none',
  completion: 'Plan completion',
  overdue: 'Overdue tasks',
  errorsWarnings: (e, w) => `${e} errors, ${w} warnings`,
  filled: (cells, batches) => `Filled ${cells} cells (${batches} write round trips). Press “Undo” to put them back.`,
  nothingToFill: 'Nothing to fill: the computed cells are already right.',
  undone: (cells, skipped) =>
    skipped ? `Undid ${cells} cells. ${skipped} cells edited after the fill were left as they are.` : `Undid ${cells} cells.`,
  cleared: (cells) => `Cleared ${cells} highlighted cells; their own formatting is back.`,
  highlighted: (cells) => `Highlighted ${cells} flagged cells (values unchanged).`,
  recheckedOnEdit: (sheet) => `Checked “${sheet}” again after your edit.`,
  undoAvailable: (n) => `${n} fills can be undone`,
  readWarning: (sheet, kind, rows) =>
    kind === 'truncated'
      ? `Sheet “${sheet}” is very large: only its first ${rows ?? 0} rows were checked.`
      : `Sheet “${sheet}” has too many merged areas to read them; results may miss some.`,
  errors: {
    protected: (sheet) => `Sheet “${sheet}” is protected. Unprotect it (Review → Unprotect Sheet) and try again. No cell was changed.`,
    changed: (_sheet, cells) => `The workbook changed since the check (${cells}). Press “Check” again, then fill. No cell was changed.`,
    tooLarge: () => 'The request is too large for Excel (Excel on the web’s 5 MB limit). No cell was changed.',
    connection: () => 'The connection to Excel was lost part-way. The cells were put back as they were; please try again.',
    rollbackFailed: () => 'The operation was interrupted and not every cell could be put back. Press “Undo” to restore them.',
    nothingToUndo: () => 'There is no fill to undo.',
    unknown: () => 'Something unexpected went wrong. No cell was changed.',
  },
  ruleTitles: {
    'cell.error': 'Cell holds an error (#REF!, #VALUE!…)',
    'code.orphan': 'Code without a parent',
    'code.duplicate': 'Duplicate code',
    'code.wrongParent': 'Code under the wrong parent',
    'code.gap': 'Gap in the numbering',
    'code.mangledByExcel': 'Code turned into a number by Excel',
    'max.sumMismatch': 'Parent maximum differs from its children',
    'total.mismatch': 'Total maximum is wrong',
    'max.optionExceeds': 'Scoring option above the maximum',
    'score.exceedsMax': 'Score above the maximum',
    'score.negative': 'Negative score',
    'score.notNumber': 'Score is not a number',
    'score.sumMismatch': 'Parent score differs from its children',
    'score.notAllowed': 'Score not among the guidance options',
    'score.noEvidence': 'Score without evidence',
    'index.below70': 'PAR index below 70%',
    'area.below50': 'Area below 50%',
    'task.overdue': 'Overdue task',
    'task.dueSoon': 'Task due soon',
    'task.completedLate': 'Completed late',
    'task.deadlineBeforePlanYear': 'Deadline before the plan year',
    'task.deadlineUnparsed': 'Deadline not understood',
    'task.missingField': 'Task missing a field',
    'task.statusUnknown': 'Unknown status',
    'task.onTimeMismatch': 'On-time column disagrees',
    'stat.notCount': 'Not a count',
    'stat.notNumber': 'Not a number',
    'stat.percentRange': 'Percentage outside 0–100%',
    'stat.notYesNo': 'Only 0 or 1 allowed',
    'stat.partExceedsWhole': 'Part larger than the whole',
    'stat.partExceedsWholeSoft': 'Part larger than the whole (check)',
    'stat.percentMismatch': 'Typed percentage differs from the computed one',
    'stat.yearJump': 'Large jump from last year',
    'stat.unknownUnit': 'Unknown unit of measure',
    'assignment.unassigned': 'Criterion without an owner',
    'assignment.unknownCode': 'Code not in the score sheet',
    'assignment.missingCode': 'Criterion not assigned',
    'computed.overwritten': 'Computed cell overwritten by hand',
    'fill.numberAsText': 'Numbers stored as text skipped by SUM',
    'fill.noRoom': 'No empty rows for the index',
    'table.notFound': 'No CCHC table found',
    'cell.numberAsText': 'Number stored as text',
    'cell.htmlMarkup': 'Cell holds HTML markup',
    'guidance.unparsed': 'Scoring guidance not understood',
    'max.notNumber': 'Maximum is not a number',
    'code.malformed': 'Malformed code',
    'fill.mergedCell': 'Computed cell inside merged cells',
    'fill.errorCell': 'Not filled: a cell holds an error',
    'fill.textKept': 'Typed text kept in a computed cell',
    'fill.indexValue': 'Index written as a value, not a formula',
    'summary.duplicateUnit': 'One unit, several files',
    'summary.criteriaMismatch': 'File uses another criteria set',
  },
  ruleSource: (rule) => `Source: ${rule}`,
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

/** Vietnamese unless Office's display language is another one (SPEC §10). */
export function langOf(displayLanguage: string | undefined): Lang {
  if (!displayLanguage) return 'vi';
  return /^vi\b/i.test(displayLanguage) ? 'vi' : 'en';
}
