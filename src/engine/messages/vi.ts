// Vietnamese messages, in the officers' own register (GLOSSARY.md). Every message names what was
// found and what was expected; the renderer puts the cell in front ("E14: …").
import type { Catalogue, ScoreColumn, TaskField, ValueKind } from './catalog';

export const scoreColumnVi: Record<ScoreColumn, string> = {
  self: 'điểm tự đánh giá',
  appraised: 'điểm thẩm định',
  rechecked: 'điểm phúc tra',
  survey: 'điểm ĐTXHH',
};

const valueKindVi: Record<ValueKind, string> = {
  score: 'một điểm số',
  max: 'điểm tối đa',
  count: 'một số đếm',
  percent: 'một tỷ lệ %',
  number: 'một số',
  date: 'một ngày',
  yesNo: '0 (Không) hoặc 1 (Có)',
};

const taskFieldVi: Record<TaskField, string> = {
  product: 'sản phẩm',
  lead: 'đơn vị chủ trì',
  deadline: 'thời gian hoàn thành',
};

/** "nhiệm vụ 1.2", or for an un-coded task (seed 003) "nhiệm vụ «Xây dựng dự toán …»". */
const taskVi = (p: { code: string; name?: string }): string => `nhiệm vụ ${p.code || `«${p.name ?? ''}»`}`;

export const vi: Catalogue = {
  'cell.error': (p) => `ô có lỗi ${p.value}, trong khi cần ${valueKindVi[p.expected]}`,
  'code.orphan': (p) => `mã ${p.code} không có mục cha ${p.parent} ở phía trên`,
  'code.duplicate': (p) => `mã ${p.code} trùng với mã ở ô ${p.first}`,
  'code.wrongParent': (p) =>
    `mã ${p.code} nằm dưới mục ${p.actualParent}, nhưng theo số thứ tự phải thuộc mục ${p.expectedParent}`,
  'max.sumMismatch': (p, f) =>
    `điểm tối đa của mục ${p.code} là ${f.num(p.max)}, nhưng tổng điểm tối đa các mục con là ${f.num(p.sum)}`,
  'max.notNumber': (p) => `điểm tối đa «${p.value}» không phải là số (ghi số như 1; 0,5 hoặc +/-3)`,
  'total.mismatch': (p, f) => `tổng điểm tối đa ghi ${f.num(p.found)}, nhưng phải là ${f.num(p.expected)}`,
  'score.exceedsMax': (p, f) =>
    p.bonus
      ? `${scoreColumnVi[p.column]} ${f.num(p.value)} nằm ngoài khoảng cho phép từ -${f.num(p.max)} đến +${f.num(p.max)}`
      : `${scoreColumnVi[p.column]} ${f.num(p.value)} vượt điểm tối đa ${f.num(p.max)}`,
  'score.negative': (p, f) => `${scoreColumnVi[p.column]} ${f.num(p.value)} là số âm, điểm phải từ 0 trở lên`,
  'score.notNumber': (p) => `${scoreColumnVi[p.column]} «${p.value}» không phải là số`,
  'score.sumMismatch': (p, f) =>
    `${scoreColumnVi[p.column]} của mục ${p.code} ghi ${f.num(p.value)}, nhưng tổng các mục con là ${f.num(p.sum)}`,
  'stat.notCount': (p, f) =>
    `giá trị ${typeof p.value === 'number' ? f.num(p.value) : `«${p.value}»`} không phải số nguyên không âm (đơn vị tính: ${p.unit})`,
  'stat.notNumber': (p) => `«${p.value}» không phải là số (đơn vị tính: ${p.unit})`,
  'stat.percentRange': (p, f) => `tỷ lệ ${f.num(p.value)}% nằm ngoài khoảng 0–100%`,
  'stat.notYesNo': (p, f) =>
    `giá trị ${typeof p.value === 'number' ? f.num(p.value) : `«${p.value}»`} không hợp lệ, chỉ được ghi 0 (Không) hoặc 1 (Có)`,
  'stat.partExceedsWhole': (p, f) =>
    p.pair !== undefined
      ? `«${p.pair}»: ${p.part ? `«${p.part}»` : 'tử số'} ${f.num(p.value)} lớn hơn ${p.whole ? `«${p.whole}»` : 'mẫu số'} ${f.num(p.wholeValue)}`
      : `«${p.part}» là ${f.num(p.value)}, lớn hơn «${p.whole}» là ${f.num(p.wholeValue)} (ô ${p.wholeCell})`,
  'stat.percentMismatch': (p, f) =>
    `tỷ lệ ghi ${f.num(p.value)}%, nhưng tính từ số liệu${p.from ? ` (${p.from})` : ''} được ${f.num(p.computed)}%`,
  'code.gap': (p) => `mã ${p.code} đứng ngay sau ${p.previous}, thiếu mã ${p.expected}`,
  'code.mangledByExcel': (p, f) =>
    `mã được lưu dạng số ${f.num(p.value)} (Excel có thể đã đổi, ví dụ 1.10 thành 1.1), được đọc là ${p.code}; hãy định dạng cột số thứ tự là Văn bản (Text)`,
  'max.optionExceeds': (p, f) =>
    `phương án «${p.option}» cho ${f.num(p.value)} điểm, vượt điểm tối đa ${f.num(p.max)} của mục ${p.code}`,
  'score.notAllowed': (p, f) =>
    `${scoreColumnVi[p.column]} ${f.num(p.value)} không đúng các mức điểm của hướng dẫn chấm (${p.levels.map(f.num).join('; ')}${
      p.from !== undefined && p.to !== undefined ? ` hoặc từ ${f.num(p.from)} đến ${f.num(p.to)} theo tỷ lệ đạt được` : ''
    })`,
  'score.noEvidence': (p, f) =>
    `mục ${p.code} có ${scoreColumnVi[p.column]} ${f.num(p.value)} nhưng chưa có tài liệu kiểm chứng hay giải trình; Hội đồng thẩm định có thể trừ điểm`,
  'index.below70': (p, f) => `Chỉ số CCHC ${f.num(p.index)}% dưới 70%: đơn vị không được xét khen thưởng cấp tỉnh trở lên`,
  'area.below50': (p, f) =>
    `lĩnh vực ${p.code} «${p.name}» chỉ đạt ${f.num(p.percent)}% điểm tối đa áp dụng, dưới 50%: đơn vị không được xét khen thưởng cấp tỉnh trở lên`,
  'task.overdue': (p, f) =>
    `${taskVi(p)} quá hạn: thời hạn ${f.date(p.deadline)}, đến ngày ${f.date(p.today)} chưa hoàn thành`,
  'task.completedLate': (p, f) =>
    `${taskVi(p)} hoàn thành ngày ${f.date(p.done)}, sau thời hạn ${f.date(p.deadline)}`,
  'task.deadlineBeforePlanYear': (p) =>
    `thời hạn «${p.text}» thuộc năm ${p.year}, trước năm kế hoạch ${p.planYear} (có thể sao chép từ kế hoạch năm trước)`,
  'task.missingField': (p) => `${taskVi(p)} chưa ghi ${taskFieldVi[p.field]}`,
  'task.statusUnknown': (p) =>
    `tình trạng «${p.value}» không rõ; hãy ghi «Hoàn thành», «Chưa hoàn thành» hoặc «Đang thực hiện»`,
  'task.onTimeMismatch': (p, f) =>
    `ghi «${p.value}», nhưng văn bản ban hành ngày ${f.date(p.docDate)} so với thời hạn ${f.date(p.deadline)} là ${p.onTime ? 'đúng hạn' : 'quá hạn'}`,
  'stat.partExceedsWholeSoft': (p, f) =>
    `«${p.part}» là ${f.num(p.value)}, lớn hơn «${p.whole}» là ${f.num(p.wholeValue)} (ô ${p.wholeCell}); hãy kiểm tra lại`,
  'code.malformed': (p) => `«${p.text}» không phải là mã hợp lệ (1, 1.1, 1.1.1 …); dòng này được đọc như một mục không đánh số`,
  'assignment.unassigned': (p) => `mục ${p.code} chưa có đơn vị thực hiện`,
  'assignment.unknownCode': (p) => `mã ${p.code} không có trong bảng chấm điểm (trang ${p.scoreSheet})`,
  'assignment.missingCode': (p) => `mục ${p.code} của bảng chấm điểm chưa được phân công (trang ${p.assignmentSheet})`,
  'computed.overwritten': (p, f) =>
    `${typeof p.old === 'string' && p.old.startsWith('=') ? 'công thức cũ' : 'giá trị nhập tay'} «${typeof p.old === 'number' ? f.num(p.old) : p.old}» được thay bằng ${p.value === undefined ? `công thức ${p.formula}` : `giá trị tính lại ${typeof p.value === 'number' ? f.num(p.value) : p.value}`}; giá trị cũ lưu trong ghi chú của ô`,
  'fill.numberAsText': (p) => `công thức tổng bỏ qua các ô số lưu dạng văn bản: ${p.cells}; hãy chuyển chúng thành số`,
  'fill.noRoom': (p) =>
    `không còn dòng trống sau dòng tổng điểm (${p.rows}) để ghi điểm tối đa áp dụng, Chỉ số CCHC và Xếp loại`,
  'fill.mergedCell': (p) => `ô nằm trong vùng ô gộp ${p.range} nhưng không phải ô đầu của vùng nên không ghi được; hãy bỏ gộp ô rồi điền lại`,
  'fill.errorCell': (p) => `không ghi công thức vì ô ${p.cells} đang có lỗi ${p.error}; hãy sửa ô đó rồi điền lại`,
  'fill.textKept': (p) =>
    `ô đang chứa văn bản «${p.value}» nên được giữ nguyên (không ghi đè văn bản nhập tay); hãy nhập số hoặc xóa ô rồi điền lại`,
  'fill.indexValue': (p, f) =>
    `Chỉ số CCHC được ghi bằng giá trị ${f.num(p.index)}, không phải công thức: ${p.reason === 'survey' ? 'điểm ĐTXHH nằm ở cột riêng' : `cột ${scoreColumnVi[p.column ?? 'appraised']} mới chấm một phần`}, nên chỉ số lấy điểm cuối cùng của từng tiêu chí (phúc tra, nếu chưa có thì thẩm định, nếu chưa có thì tự đánh giá)`,
  'summary.duplicateUnit': (p) => `đơn vị «${p.unit}» có nhiều tệp: ${p.files}`,
  'summary.criteriaMismatch': (p) => `tệp dùng bộ tiêu chí ${p.criteria}, khác bộ ${p.expected} của các đơn vị còn lại`,
  'table.notFound': () =>
    'Không tìm thấy bảng CCHC nào (kế hoạch, phụ lục thống kê, bảng chấm điểm, bảng phân công) trong tệp',
  'cell.numberAsText': (p) => `số «${p.value}» được lưu dạng văn bản`,
  'cell.htmlMarkup': (p) => `ô chứa mã HTML dán từ trang web (${p.text}); nội dung được đọc như văn bản`,
  'task.dueSoon': (p, f) => `${taskVi(p)} sắp đến hạn: thời hạn ${f.date(p.deadline)}, còn ${p.days} ngày`,
  'task.deadlineUnparsed': (p) => `không đọc được thời hạn «${p.text}»`,
  'stat.yearJump': (p, f) =>
    `giá trị ${f.num(p.value)} chênh hơn 10 lần so với năm trước (${f.num(p.previous)}, ô ${p.previousCell}); có thể gõ thừa chữ số`,
  'stat.unknownUnit': (p) => `đơn vị tính «${p.unit}» chưa có trong danh mục; chỉ kiểm tra giá trị là số`,
  'guidance.unparsed': (p) => `chưa đọc được hướng dẫn chấm điểm «${p.text}»`,
};
