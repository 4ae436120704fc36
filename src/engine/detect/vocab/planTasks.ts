// SPEC §2.1: header variants of a plan task table (Kế hoạch / Nhiệm vụ cụ thể thực hiện CCHC,
// Phụ lục 1 with a status column, Phụ lục I list of completed tasks). A new spelling is one line.
import type { KindVocabulary } from './types';

export const planTasksVocabulary: KindVocabulary<'planTasks'> = {
  kind: 'planTasks',
  roles: {
    code: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
    task: ['Nhiệm vụ cụ thể', 'Nhiệm vụ', 'Tên nhiệm vụ', 'Nội dung nhiệm vụ', 'Nội dung công việc', 'Nhiệm vụ, giải pháp', 'Tên nhiệm vụ, sản phẩm'],
    group: ['Nhiệm vụ chung', 'Nhóm nhiệm vụ', 'Lĩnh vực'],
    product: ['Sản phẩm', 'Sản phẩm đầu ra', 'Kết quả/sản phẩm', 'Kết quả sản phẩm', 'Hình thức sản phẩm', 'Sản phẩm dự kiến'],
    lead: ['Đơn vị chủ trì', 'Cơ quan chủ trì', 'Chủ trì', 'Cơ quan, đơn vị chủ trì', 'Đơn vị chủ trì thực hiện'],
    support: ['Đơn vị phối hợp', 'Cơ quan phối hợp', 'Cơ quan phối hợp/Thực hiện', 'Phối hợp', 'Cơ quan, đơn vị phối hợp'],
    deadline: [
      'Thời gian hoàn thành', 'Thời gian thực hiện', 'Thời hạn', 'Thời hạn hoàn thành',
      'Thời hạn ban hành văn bản', 'Thời gian hoàn thành dự kiến', 'Tiến độ',
    ],
    status: ['Hoàn thành/Chưa hoàn thành', 'Tình trạng', 'Kết quả thực hiện', 'Tiến độ thực hiện', 'Tình hình thực hiện', 'Kết quả'],
    doneDate: ['Ngày hoàn thành', 'Thời gian hoàn thành thực tế', 'Ngày hoàn thành thực tế'],
    docNumber: ['Số văn bản', 'Số, ký hiệu văn bản', 'Số hiệu văn bản', 'Số ký hiệu'],
    docSummary: ['Trích yếu nội dung văn bản', 'Trích yếu', 'Trích yếu nội dung'],
    onTime: ['Đúng hạn/quá hạn', 'Đúng hạn/Quá hạn', 'Đúng hạn, quá hạn'],
    note: ['Ghi chú'],
  },
  // A task column and at least two of these make a plan table.
  required: ['task'],
  distinctive: ['product', 'lead', 'support', 'deadline', 'status', 'docNumber', 'docSummary', 'onTime', 'doneDate'],
  minDistinctive: 2,
  mainText: 'task',
};
