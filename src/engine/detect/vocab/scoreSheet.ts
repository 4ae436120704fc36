// SPEC §2.3: header variants of a criteria score sheet (Bộ chỉ số / Bảng chấm điểm Chỉ số CCHC).
import type { KindVocabulary } from './types';

export const scoreSheetVocabulary: KindVocabulary<'scoreSheet'> = {
  kind: 'scoreSheet',
  roles: {
    code: ['STT', 'TT', 'Số TT', 'Mã', 'Mã tiêu chí'],
    criterion: [
      'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Lĩnh vực/Tiêu chí đánh giá', 'Lĩnh vực/Tiêu chí',
      'Lĩnh vực, tiêu chí, tiêu chí thành phần', 'Tiêu chí/Tiêu chí thành phần', 'Tiêu chí đánh giá',
      'Tiêu chí', 'Nội dung', 'Nội dung đánh giá', 'Nội dung tiêu chí', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần/Nội dung',
    ],
    max: ['Điểm tối đa', 'Điểm chuẩn', 'Thang điểm', 'Tối đa', 'Điểm tối đa (điểm)'],
    self: ['Điểm tự đánh giá', 'Tự chấm', 'Điểm tự chấm', 'Tự đánh giá', 'Điểm tự đánh giá của đơn vị', 'Tự đánh giá, chấm điểm'],
    appraised: ['Điểm thẩm định', 'Điểm Hội đồng thẩm định đánh giá', 'Thẩm định', 'Điểm Hội đồng thẩm định', 'Điểm sau thẩm định'],
    rechecked: ['Điểm phúc tra', 'Phúc tra', 'Điểm sau phúc tra'],
    survey: ['Điểm ĐTXHH', 'Điều tra xã hội học', 'ĐTXHH', 'Điểm điều tra xã hội học'],
    evidence: ['Tài liệu kiểm chứng', 'TLKC', 'Tài liệu kiểm chứng (số, ký hiệu văn bản)'],
    note: ['Ghi chú', 'Giải trình', 'Ghi chú/Giải trình'],
    deadline: ['Thời gian hoàn thành', 'Thời hạn', 'Thời gian thực hiện'],
    lead: ['Đơn vị chủ trì', 'Cơ quan chủ trì'],
    support: ['Đơn vị phối hợp', 'Cơ quan phối hợp'],
  },
  required: ['criterion', 'max'],
  distinctive: ['max'],
  minDistinctive: 1,
  mainText: 'criterion',
};
