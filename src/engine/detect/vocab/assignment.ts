// SPEC §2.4: header variants of the assignment table (Bảng phân công phụ trách …).
import type { KindVocabulary } from './types';

export const assignmentVocabulary: KindVocabulary<'assignment'> = {
  kind: 'assignment',
  roles: {
    code: ['STT', 'TT', 'Số TT'],
    criterion: [
      'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Lĩnh vực/Tiêu chí', 'Tiêu chí/Tiêu chí thành phần',
      'Lĩnh vực, tiêu chí, tiêu chí thành phần', 'Nội dung', 'Nội dung tiêu chí',
    ],
    owner: [
      'Đơn vị thực hiện', 'Đơn vị phụ trách', 'Bộ phận phụ trách', 'Người phụ trách', 'Cá nhân phụ trách',
      'Đơn vị, cá nhân phụ trách', 'Đơn vị được phân công', 'Phân công thực hiện',
    ],
    note: ['Ghi chú'],
  },
  required: ['criterion', 'owner'],
  distinctive: ['owner'],
  minDistinctive: 1,
  mainText: 'criterion',
};
