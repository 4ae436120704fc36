// Large workbooks for the benchmark: a plan task table and a score sheet of N rows, shaped like
// the seeds (title block, header, sections, codes, Vietnamese text).
import ExcelJS from 'exceljs';

const TASKS = [
  'Rà soát, chuẩn hóa quy trình các thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh',
  'Cập nhật Bộ thủ tục hành chính, dịch vụ công của Sở',
  'Tuyên truyền cải cách hành chính trên Trang thông tin điện tử',
  'Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị trực thuộc',
];
const DEADLINES = ['Quý II/2019', 'Tháng 10/2019', 'Thường xuyên', 'Trước ngày 31/12/2019', 'Quý IV năm 2019'];

export async function writePlan(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  ws.addRow(['NHIỆM VỤ CỤ THỂ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2019']);
  ws.addRow(['(Kèm theo Kế hoạch số /KH-SCT ngày tháng năm 2019 của Sở Công Thương Đồng Nai)']);
  ws.addRow(['STT', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Tình trạng']);
  let written = 0;
  for (let s = 1; written < rows; s++) {
    ws.addRow([`${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][s % 10]}. Lĩnh vực ${s}`]);
    written++;
    for (let t = 1; t <= 50 && written < rows; t++, written++) {
      ws.addRow([String(t), TASKS[t % TASKS.length], 'Báo cáo', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', DEADLINES[t % DEADLINES.length], t % 3 === 0 ? 'Hoàn thành' : 'Đang thực hiện']);
    }
  }
  await wb.xlsx.writeFile(path);
}

export async function writeScoreSheet(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chấm điểm');
  ws.addRow(['BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2019']);
  ws.addRow(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Ghi chú']);
  let written = 0;
  for (let a = 1; written < rows; a++) {
    ws.addRow([String(a), `LĨNH VỰC ${a}`, 20, 18, 17]);
    written++;
    for (let c = 1; c <= 10 && written < rows; c++) {
      ws.addRow([`${a}.${c}`, `Tiêu chí ${a}.${c}`, 2, 1.75, 1.5]);
      written++;
      for (let k = 1; k <= 4 && written < rows; k++, written++) {
        ws.addRow([`${a}.${c}.${k}`, `Tiêu chí thành phần ${a}.${c}.${k}`, 0.5, k === 4 ? 0.25 : 0.5, 0.25, `Văn bản số ${k}/BC-SCT`]);
      }
    }
  }
  ws.addRow(['', 'TỔNG ĐIỂM', 100]);
  await wb.xlsx.writeFile(path);
}
