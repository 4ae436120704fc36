// The words of Tạo phụ lục (SPEC §10, issue 8), in Vietnamese (GLOSSARY.md) and English. Data, not
// code: a new wording is a one-line change here.
import type { Carried, GenerateProblem } from '../../engine/generate';
import type { CriteriaChoice, FormKind } from '../../engine/generate/types';
import type { Lang } from '../../engine/messages';

export interface GenerateStrings {
  title: string;
  intro: string;
  kind: string;
  kinds: Record<FormKind, string>;
  criteria: string;
  criteriaSets: Record<CriteriaChoice, string>;
  year: string;
  unit: string;
  unitPlaceholder: string;
  fromWorkbook: Record<FormKind, string>;
  create: string;
  cancel: string;
  badYear: string;
  created: (sheet: string) => string;
  carried: (c: Exclude<Carried, { kind: 'none' }>) => string;
  problem: (p: GenerateProblem) => string;
}

const vi: GenerateStrings = {
  title: 'Tạo phụ lục',
  intro: 'Thêm một trang tính mới theo mẫu, có sẵn công thức; các trang đang có không bị thay đổi.',
  kind: 'Loại phụ lục',
  kinds: {
    phuLuc1: 'Phụ lục I – Danh mục nhiệm vụ đã hoàn thành',
    phuLuc2: 'Phụ lục II – Thống kê số liệu CCHC',
    scoreSheet: 'Bảng tự đánh giá, chấm điểm Chỉ số CCHC',
  },
  criteria: 'Bộ tiêu chí',
  criteriaSets: { so: 'Bảng 1 – Sở, ban, ngành', huyen: 'Bảng 2 – UBND huyện, thị xã, thành phố' },
  year: 'Năm báo cáo',
  unit: 'Tên cơ quan, đơn vị',
  unitPlaceholder: 'Ví dụ: UBND huyện Mai Sơn',
  fromWorkbook: {
    phuLuc1: 'Lấy các nhiệm vụ đã hoàn thành từ bảng kế hoạch trong tệp này',
    phuLuc2: 'Lấy số liệu năm trước từ bảng thống kê trong tệp này',
    scoreSheet: 'Lấy tiêu chí và điểm từ bảng chấm điểm trong tệp này',
  },
  create: 'Tạo',
  cancel: 'Hủy',
  badYear: 'Năm báo cáo cần là một năm, ví dụ 2024.',
  created: (sheet) =>
    `Đã thêm trang «${sheet}». Các ô nhập liệu để mở khóa; trang được bảo vệ không đặt mật khẩu để tránh ghi đè công thức.`,
  carried: (c) => {
    switch (c.kind) {
      case 'tasks':
        return `Đã lấy ${c.tasks} nhiệm vụ đã hoàn thành từ trang «${c.source.sheet}».`;
      case 'figures':
        return `Đã lấy ${c.values} số liệu năm ${c.year} từ trang «${c.source.sheet}».`;
      case 'scores':
        return `Đã lấy điểm của ${c.scores} tiêu chí từ trang «${c.source.sheet}».`;
      default: {
        const never: never = c;
        return String(never);
      }
    }
  },
  problem: (p) => {
    switch (p.kind) {
      case 'noPlanTable':
        return 'Không tìm thấy bảng kế hoạch (hoặc Phụ lục 1/I) nào có nhiệm vụ trong tệp này. Chưa tạo trang nào.';
      case 'noStatisticsYear':
        return `Không tìm thấy bảng thống kê nào có cột «Năm ${p.year}» trong tệp này. Chưa tạo trang nào.`;
      case 'noScoreTable':
        return 'Không tìm thấy bảng tiêu chí, chấm điểm nào trong tệp này. Chưa tạo trang nào.';
      default: {
        const never: never = p;
        return String(never);
      }
    }
  },
};

const en: GenerateStrings = {
  title: 'Create annex',
  intro: 'Adds a new sheet laid out like the official form, formulas included; existing sheets are not changed.',
  kind: 'Annex',
  kinds: {
    phuLuc1: 'Phụ lục I – completed tasks',
    phuLuc2: 'Phụ lục II – CCHC statistics',
    scoreSheet: 'CCHC index self-assessment score sheet',
  },
  criteria: 'Criteria set',
  criteriaSets: { so: 'Bảng 1 – provincial departments', huyen: 'Bảng 2 – districts' },
  year: 'Report year',
  unit: 'Agency',
  unitPlaceholder: 'e.g. UBND huyện Mai Sơn',
  fromWorkbook: {
    phuLuc1: 'Take the completed tasks from the plan table in this workbook',
    phuLuc2: 'Take last year’s figures from the statistics table in this workbook',
    scoreSheet: 'Take the criteria and scores from the score table in this workbook',
  },
  create: 'Create',
  cancel: 'Cancel',
  badYear: 'The report year must be a year, e.g. 2024.',
  created: (sheet) => `Added sheet “${sheet}”. Input cells are unlocked; the sheet is protected without a password so formulas are not typed over.`,
  carried: (c) => {
    switch (c.kind) {
      case 'tasks':
        return `Took ${c.tasks} completed tasks from sheet “${c.source.sheet}”.`;
      case 'figures':
        return `Took ${c.values} figures of ${c.year} from sheet “${c.source.sheet}”.`;
      case 'scores':
        return `Took the scores of ${c.scores} criteria from sheet “${c.source.sheet}”.`;
      default: {
        const never: never = c;
        return String(never);
      }
    }
  },
  problem: (p) => {
    switch (p.kind) {
      case 'noPlanTable':
        return 'No plan table (or Phụ lục 1/I) with tasks in this workbook. No sheet was added.';
      case 'noStatisticsYear':
        return `No statistics table with a “Năm ${p.year}” column in this workbook. No sheet was added.`;
      case 'noScoreTable':
        return 'No criteria score table in this workbook. No sheet was added.';
      default: {
        const never: never = p;
        return String(never);
      }
    }
  },
};

export const GENERATE_STRINGS: Record<Lang, GenerateStrings> = { vi, en };
