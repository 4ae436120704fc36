// Seed 004 (/work/shared/seeds/004_…, QĐ 372/QĐ-UBND Sơn La 2024), from line 525: "Phụ lục I —
// Danh mục các nhiệm vụ đã hoàn thành trong Kế hoạch CCHC năm…": its header and its six Roman
// sections, spelled as the seed spells them (test/fixtures/seeds/phuLuc1_2024.ts holds the whole
// empty form). The generator needs them at run time (`cchc generate phu-luc-1`).
import type { FormTitle, PhuLuc1Section } from './types';

export const PHU_LUC_1_TITLE: FormTitle = {
  label: 'Phụ lục I',
  title: 'DANH MỤC CÁC NHIỆM VỤ ĐÃ HOÀN THÀNH TRONG KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM…',
};

/** The seed's seven columns, in its order. */
export const PHU_LUC_1_HEADER = {
  code: 'STT',
  task: 'Tên nhiệm vụ',
  docNumber: 'Số văn bản',
  docSummary: 'Trích yếu nội dung văn bản',
  deadline: 'Thời hạn ban hành văn bản',
  onTime: 'Đúng hạn/quá hạn',
  note: 'Ghi chú',
} as const;

export const PHU_LUC_1_SECTIONS: readonly PhuLuc1Section[] = [
  { code: 'I', title: 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH' },
  { code: 'II', title: 'CẢI CÁCH THỂ CHẾ' },
  { code: 'III', title: 'CẢI CÁCH TỔ CHỨC BỘ MÁY' },
  { code: 'IV', title: 'CẢI CÁCH CÔNG VỤ' },
  { code: 'V', title: 'CẢI CÁCH TÀI CHÍNH CÔNG' },
  { code: 'VI', title: 'XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ' },
];

/**
 * How a plan's section is recognised as one of the form's (`cchc generate phu-luc-1 --from`):
 * words of its title, compared folded. Plans word their sections their own way: seed 000 "I. Cải
 * cách thể chế", seed 003 "II. Cải cách chế" (cut short), "V.Xây dựng và nâng cao chất lượng đội
 * ngũ cán bộ, công chức, viên chức", "VII. Hiện đại hóa nền hành chính". A section matching none
 * (seed 003 "III. Cải cách thủ tục hành chính": seed 004's form has no such section) is added
 * after VI under its own title.
 */
export const PHU_LUC_1_SECTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  I: ['chỉ đạo', 'điều hành', 'nhiệm vụ chung', 'kế hoạch cải cách hành chính'],
  II: ['thể chế', 'cải cách chế', 'văn bản quy phạm pháp luật'],
  III: ['tổ chức bộ máy', 'bộ máy'],
  IV: ['công vụ', 'cán bộ, công chức', 'đội ngũ'],
  V: ['tài chính công', 'tài chính'],
  VI: ['chính quyền điện tử', 'chính quyền số', 'hiện đại hóa', 'công nghệ thông tin', 'chuyển đổi số'],
};
