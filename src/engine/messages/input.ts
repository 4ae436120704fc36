// Messages for what cannot be read or done (exit code 2): one line, naming the file and what is
// wrong, never a stack trace (SPEC §8, issue: bad input).
import type { Lang } from './index';

export type InputProblem =
  | 'missing'
  | 'emptyFolder'
  | 'emptyFile'
  | 'notWorkbook'
  | 'wordDocument'
  | 'html'
  | 'xmlSpreadsheet'
  | 'truncated'
  | 'encrypted'
  | 'xls'
  | 'unreadable'
  | 'outputExists'
  | 'sameAsInput'
  | 'unwritable'
  | 'protectedSheet'
  | 'mergedCell'
  | 'badConfig'
  | 'noSourceTable'
  | 'usage';

const vi: Record<InputProblem, (file: string, detail: string) => string> = {
  missing: (f) => `${f}: không tìm thấy tệp hoặc thư mục này`,
  emptyFolder: (f) => `${f}: thư mục không có tệp .xlsx nào`,
  emptyFile: (f) => `${f}: tệp rỗng (0 byte), không có nội dung để đọc`,
  notWorkbook: (f) => `${f}: không phải tệp Excel .xlsx (không đọc được nội dung dạng bảng tính)`,
  wordDocument: (f) => `${f}: đây là tài liệu Word đổi tên thành .xlsx, không phải bảng tính Excel`,
  html: (f) => `${f}: đây là trang HTML lưu với đuôi .xlsx, không phải bảng tính Excel; hãy mở bằng Excel rồi lưu lại thành .xlsx`,
  xmlSpreadsheet: (f) => `${f}: đây là tệp "XML Spreadsheet 2003" (định dạng XML cũ của Excel), không phải .xlsx; hãy mở bằng Excel rồi lưu lại thành .xlsx`,
  truncated: (f) => `${f}: tệp bị hỏng hoặc tải về chưa hết (tệp nén .xlsx không trọn vẹn)`,
  encrypted: (f) => `${f}: tệp được đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại`,
  xls: (f) => `${f}: đây là tệp Excel cũ (.xls), hãy lưu lại thành .xlsx`,
  unreadable: (f, d) => `${f}: không đọc được tệp${d ? ` (${d})` : ''}`,
  outputExists: (f) => `${f}: tệp kết quả đã có; dùng --force để ghi đè`,
  sameAsInput: (f) => `${f}: tệp kết quả trùng với tệp gốc; hãy chọn tên khác (tệp gốc không bao giờ bị sửa)`,
  unwritable: (f, d) => `${f}: không ghi được tệp kết quả${d ? ` (${d})` : ''}`,
  protectedSheet: (f, d) => `${f}: ô ${d} nằm trên trang tính đang được bảo vệ (Protect Sheet); hãy bỏ bảo vệ trang tính rồi điền lại. Chưa ghi tệp kết quả`,
  mergedCell: (f, d) => `${f}: ô ${d} nằm trong vùng ô gộp nhưng không phải ô đầu (trên cùng bên trái) của vùng, không ghi vào được. Chưa ghi tệp kết quả`,
  badConfig: (f, d) => `${f}: tệp cấu hình không hợp lệ: ${d}`,
  noSourceTable: (f, d) => `${f}: không tìm thấy ${d} trong tệp để lấy dữ liệu`,
  usage: (_f, d) => d,
};

const en: Record<InputProblem, (file: string, detail: string) => string> = {
  missing: (f) => `${f}: no such file or folder`,
  emptyFolder: (f) => `${f}: the folder holds no .xlsx file`,
  emptyFile: (f) => `${f}: the file is empty (0 bytes)`,
  notWorkbook: (f) => `${f}: not an Excel .xlsx workbook`,
  wordDocument: (f) => `${f}: a Word document renamed to .xlsx, not an Excel workbook`,
  html: (f) => `${f}: an HTML page saved as .xlsx, not an Excel workbook; open it in Excel and save it as .xlsx`,
  xmlSpreadsheet: (f) => `${f}: an Excel "XML Spreadsheet 2003" file, not .xlsx; open it in Excel and save it as .xlsx`,
  truncated: (f) => `${f}: the file is damaged or was not fully downloaded (incomplete .xlsx archive)`,
  encrypted: (f) => `${f}: the workbook is password-protected; open it in Excel, remove the password and save it`,
  xls: (f) => `${f}: an old Excel .xls file; save it as .xlsx`,
  unreadable: (f, d) => `${f}: the file cannot be read${d ? ` (${d})` : ''}`,
  outputExists: (f) => `${f}: the output file exists; use --force to overwrite it`,
  sameAsInput: (f) => `${f}: the output is the input file; choose another name (the input is never modified)`,
  unwritable: (f, d) => `${f}: the output file cannot be written${d ? ` (${d})` : ''}`,
  protectedSheet: (f, d) => `${f}: cell ${d} is on a protected sheet; unprotect the sheet and fill again. No output was written`,
  mergedCell: (f, d) => `${f}: cell ${d} lies inside a merged range but is not its top-left cell, so it cannot be written. No output was written`,
  badConfig: (f, d) => `${f}: invalid settings file: ${d}`,
  noSourceTable: (f, d) => `${f}: no ${d} to take data from in the file`,
  usage: (_f, d) => d,
};

export function inputMessage(problem: InputProblem, file: string, detail: string, lang: Lang): string {
  return (lang === 'en' ? en : vi)[problem](file, detail);
}
