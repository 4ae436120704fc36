// SPEC §2.2: header variants of the statistics annex (Phụ lục II: Thống kê số liệu …). Its year
// columns ("Năm 2023", "Năm 2024") sit under a merged "Kết quả thống kê".
import type { KindVocabulary } from './types';

export const statisticsVocabulary: KindVocabulary<'statistics'> = {
  kind: 'statistics',
  roles: {
    code: ['STT', 'TT', 'Số TT'],
    indicator: ['Chỉ tiêu thống kê', 'Chỉ tiêu', 'Nội dung chỉ tiêu', 'Tên chỉ tiêu', 'Chỉ tiêu thống kê/Nội dung'],
    unit: ['Đơn vị tính', 'ĐVT', 'Đơn vị'],
    note: ['Ghi chú'],
  },
  required: ['indicator'],
  distinctive: ['unit'],
  minDistinctive: 1,
  mainText: 'indicator',
  /** The merged header over the year columns. */
  groupHeaders: ['Kết quả thống kê', 'Kết quả', 'Số liệu thống kê'],
};
