// Seed 004 (/work/shared/seeds/004_…, QĐ 372/QĐ-UBND Sơn La 2024), from line 654: "Phụ lục II —
// Thống kê số liệu về kết quả thực hiện công tác cải cách hành chính", every indicator row with its
// unit, as test/fixtures/seeds/phuLuc2_2024.ts reads it (see there how the text was read; every
// spelling kept: the two rows coded 6.1, "giải quết", "phản ảnh", "hồ TTHC", "…..%"). The
// generator needs them at run time (`cchc generate phu-luc-2`).
import type { FormTitle, PhuLuc2Row } from './types';

export const PHU_LUC_2_TITLE: FormTitle = {
  label: 'Phụ lục II',
  title: 'THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
};

/** The header as the seed words it; the year columns are "Năm N-1", "Năm N". */
export const PHU_LUC_2_HEADER = {
  code: 'STT',
  indicator: 'Chỉ tiêu thống kê',
  unit: 'Đơn vị tính',
  results: 'Kết quả thống kê',
  note: 'Ghi chú',
} as const;

/**
 * Rows of the seed a generated form leaves out, by index: 114 repeats 113 (two rows "6.1", the same
 * text once the seed's line breaks are joined), which would make the form fail its own check
 * (code.duplicate, SPEC §6); 95 repeats 4.6's heading "Tiếp nhận vào làm viên chức" as an
 * un-coded line under 4.5. The rows stay in PHU_LUC_2_ROWS, as the seed has them.
 */
export const PHU_LUC_2_SEED_REPEATS: ReadonlySet<number> = new Set([95, 114]);

/** The rows; the trailing comment is the row's index in this array. */
export const PHU_LUC_2_ROWS: PhuLuc2Row[] = [
  { section: "I", code: "I", indicator: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", unit: "" }, // 0
  { section: "I", code: "1", indicator: "Kế hoạch cải cách hành chính", unit: "" }, // 1
  { section: "I", code: "", indicator: "Số nhiệm vụ đề ra trong kế hoạch", unit: "Nhiệm vụ" }, // 2
  { section: "I", code: "", indicator: "Số nhiệm vụ đã hoàn thành", unit: "Nhiệm vụ" }, // 3
  { section: "I", code: "", indicator: "Số văn bản chỉ đạo CCHC đã ban hành", unit: "Văn bản" }, // 4
  { section: "I", code: "2", indicator: "Tự kiểm tra cải cách hành chính", unit: "" }, // 5
  { section: "I", code: "", indicator: "Số cơ quan, đơn vị đề ra trong kế hoạch tự kiểm tra", unit: "Cơ quan, đơn vị" }, // 6
  { section: "I", code: "", indicator: "Số cơ quan, đơn vị đã kiểm tra theo kế hoạch", unit: "Cơ quan, đơn vị" }, // 7
  { section: "I", code: "", indicator: "Số vấn đề phát hiện qua kiểm tra", unit: "Vấn đề" }, // 8
  { section: "I", code: "", indicator: "Số vấn đề phát hiện đã xử lý xong", unit: "Vấn đề" }, // 9
  { section: "I", code: "3", indicator: "Tuyên truyền cải cách hành chính", unit: "" }, // 10
  { section: "I", code: "", indicator: "Số nhiệm vụ đề ra trong kế hoạch", unit: "Nhiệm vụ" }, // 11
  { section: "I", code: "", indicator: "Số nhiệm vụ đã hoàn thành", unit: "Nhiệm vụ" }, // 12
  { section: "I", code: "", indicator: "Số lượng tin/bài tuyên truyền đã đăng tải trên Cổng/Trang TTĐT", unit: "Tin/bài" }, // 13
  { section: "I", code: "4", indicator: "Thực hiện nhiệm vụ Chủ tịch UBND tỉnh, UBND tỉnh giao", unit: "" }, // 14
  { section: "I", code: "", indicator: "Tổng số nhiệm vụ được giao", unit: "Nhiệm vụ" }, // 15
  { section: "I", code: "", indicator: "Số nhiệm vụ đã hoàn thành đúng hạn", unit: "Nhiệm vụ" }, // 16
  { section: "I", code: "", indicator: "Số nhiệm vụ đã hoàn thành nhưng quá hạn", unit: "Nhiệm vụ" }, // 17
  { section: "I", code: "5", indicator: "Tổ chức đối thoại tháo gỡ khó khăn cho doanh nghiệp", unit: "Cuộc" }, // 18
  { section: "I", code: "6", indicator: "Cải thiện môi trường kinh doanh", unit: "" }, // 19
  { section: "I", code: "", indicator: "Kế hoạch thực hiện Nghị quyết số 02/NQ-CP của Chính phủ về tiếp tục thực hiện những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh Quốc gia (PCI) năm tiếp theo. (có thể lồng ghép cùng Nghị quyết 01/NĐ-CP)", unit: "Văn bản" }, // 20
  { section: "I", code: "", indicator: "Kế hoạch cải thiện Chỉ số năng lực cạnh tranh cấp huyện và cấp sở, ngành (DDCI) (đối với các đơn vị đánh giá)", unit: "Văn bản" }, // 21
  { section: "II", code: "II", indicator: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", unit: "" }, // 22
  { section: "II", code: "1", indicator: "Cải cách thể chế", unit: "" }, // 23
  { section: "II", code: "1.1", indicator: "Số VBQPPL đã ban hành/tham mưu ban hành", unit: "Văn bản" }, // 24
  { section: "II", code: "1.2", indicator: "Số VBQPPL thực hiện tự kiểm tra theo thẩm quyền tại cơ quan, đơn vị", unit: "Văn bản" }, // 25
  { section: "II", code: "1.3", indicator: "Số VBQPPL phát hiện qua tự kiểm tra", unit: "Văn bản" }, // 26
  { section: "II", code: "1.4", indicator: "Số VBQPPL kiến nghị xử lý qua tự kiểm tra", unit: "Văn bản" }, // 27
  { section: "II", code: "1.5", indicator: "Số VBQPPL đã kiểm tra theo thẩm quyền", unit: "Văn bản" }, // 28
  { section: "II", code: "1.6", indicator: "Số VBQPPL đã rà soát", unit: "Văn bản" }, // 29
  { section: "II", code: "1.7", indicator: "Số VBQPPL đã kiến nghị xử lý sau kiểm tra, rà soát", unit: "Văn bản" }, // 30
  { section: "II", code: "1.8", indicator: "Số VBQPPL có kiến nghị xử lý đã được xử lý xong", unit: "Văn bản" }, // 31
  { section: "II", code: "1.9", indicator: "Số VBQPPL được tổ chức triển khai thực hiện tại cơ quan, đơn vị", unit: "Văn bản" }, // 32
  { section: "II", code: "1.10", indicator: "Kết quả thực hiện công tác tuyên truyền, phổ biến, giáo dục pháp luật", unit: "Văn bản" }, // 33
  { section: "II", code: "2", indicator: "Cải cách thủ tục hành chính", unit: "" }, // 34
  { section: "II", code: "2.1", indicator: "Thống kê TTHC", unit: "" }, // 35
  { section: "II", code: "", indicator: "Số TTHC công bố mới", unit: "Thủ tục" }, // 36
  { section: "II", code: "", indicator: "Số TTHC đã thực hiện rà soát", unit: "Thủ tục" }, // 37
  { section: "II", code: "", indicator: "Số TTHC bãi bỏ, thay thế", unit: "Thủ tục" }, // 38
  { section: "II", code: "", indicator: "Tổng số TTHC đang có hiệu lực", unit: "Thủ tục" }, // 39
  { section: "II", code: "2.2", indicator: "Kết quả triển khai Cổng dịch vụ công của tỉnh", unit: "" }, // 40
  { section: "II", code: "", indicator: "Số TTHC đã cập nhật, công khai trên Cổng DVC của tỉnh/ Cổng thông tin điện tử của huyện", unit: "Thủ tục" }, // 41
  { section: "II", code: "", indicator: "Số TTHC một phần đã cung cấp trên Cổng DVC của tỉnh/Cổng thông tin điện tử của huyện", unit: "Thủ tục" }, // 42
  { section: "II", code: "", indicator: "Số TTHC toàn trình đã cung cấp trên Cổng DVC của tỉnh/Cổng thông tin điện tử của huyện", unit: "Thủ tục" }, // 43
  { section: "II", code: "2.3", indicator: "Thực hiện cơ chế một cửa, một cửa liên thông", unit: "" }, // 44
  { section: "II", code: "", indicator: "Số TTHC liên thông cùng cấp", unit: "Thủ tục" }, // 45
  { section: "II", code: "", indicator: "Số TTHC liên thông giữa các cấp chính quyền", unit: "Thủ tục" }, // 46
  { section: "II", code: "", indicator: "Số TTHC đã được phê duyệt quy trình nội bộ", unit: "Thủ tục …= …%" }, // 47
  { section: "II", code: "", indicator: "Quy trình nội bộ giải quyết TTHC đã được điện tử hóa", unit: "Quy trình …=…%" }, // 48
  { section: "II", code: "2.4", indicator: "Kết quả giải quyết TTHC", unit: "" }, // 49
  { section: "II", code: "", indicator: "Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết đúng hẹn", unit: "… hồ sơ = …%" }, // 50
  { section: "II", code: "", indicator: "Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết trễ hẹn", unit: "… hồ sơ = …%" }, // 51
  { section: "II", code: "", indicator: "Thực hiện đầy đủ, đúng quy định việc xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn trong giải quyết hồ sơ TTHC được công khai trên cổng/trang thông tin điện tử của cơ quan, đơn vị", unit: "Tổng số văn bản xin lỗi theo quy định/tổng số hồ TTHC trễ hẹn" }, // 52
  { section: "II", code: "", indicator: "Số cuộc tổ chức đối thoại với cá nhân, tổ chức về TTHC, giải quyết TTHC", unit: "Cuộc/người tham gia" }, // 53
  { section: "II", code: "", indicator: "Xử lý phản ảnh, kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết", unit: "Không = 0\nCó = 1" }, // 54
  { section: "II", code: "", indicator: "Công khai kết quả trả lời phản ảnh, kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết", unit: "Không = 0\nCó = 1" }, // 55
  { section: "II", code: "", indicator: "Đối với cấp huyện, báo cáo thêm về:\nTổng số hồ sơ TTHC về lĩnh vực đất đai được giải quyết đúng hẹn\nTổng số hồ sơ TTHC về lĩnh vực xây dựng được giải quyết đúng hẹn", unit: "… hồ sơ = …%\n… hồ sơ = …%" }, // 56
  { section: "II", code: "3", indicator: "Cải cách tổ chức bộ máy", unit: "" }, // 57
  { section: "II", code: "3.1", indicator: "Cơ cấu tổ chức bộ máy", unit: "" }, // 58
  { section: "II", code: "", indicator: "Số lượng các cơ quan, đơn vị trực thuộc", unit: "Cơ quan, đơn vị" }, // 59
  { section: "II", code: "", indicator: "Số ban quản lý trực thuộc", unit: "Cơ quan, đơn vị" }, // 60
  { section: "II", code: "", indicator: "Số ĐVSNCL thuộc sở, ngành và tương đương", unit: "Cơ quan, đơn vị" }, // 61
  { section: "II", code: "", indicator: "Tỷ lệ ĐVSNCL đã cắt giảm so với năm 2015", unit: "%" }, // 62
  { section: "II", code: "3.2", indicator: "Số liệu về biên chế công chức", unit: "" }, // 63
  { section: "II", code: "", indicator: "Tổng số biên chế được giao", unit: "Người" }, // 64
  { section: "II", code: "", indicator: "Tổng số biên chế có mặt tại thời điểm báo cáo", unit: "Người" }, // 65
  { section: "II", code: "", indicator: "Số hợp đồng lao động làm việc tại cơ quan, đơn vị", unit: "Người" }, // 66
  { section: "II", code: "", indicator: "Số biên chế đã tinh giản trong kỳ báo cáo", unit: "Người" }, // 67
  { section: "II", code: "", indicator: "Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015", unit: "%" }, // 68
  { section: "II", code: "3.3", indicator: "Số người làm việc hưởng lương từ NSNN tại các đơn vị sự nghiệp công lập", unit: "" }, // 69
  { section: "II", code: "", indicator: "Tổng số người làm việc được giao", unit: "Người" }, // 70
  { section: "II", code: "", indicator: "Tổng số người làm việc có mặt", unit: "Người" }, // 71
  { section: "II", code: "", indicator: "Số người đã tinh giản trong kỳ báo cáo", unit: "Người" }, // 72
  { section: "II", code: "", indicator: "Tỷ lệ % đã tinh giản so với năm 2015", unit: "%" }, // 73
  { section: "II", code: "4", indicator: "Cải cách công vụ", unit: "" }, // 74
  { section: "II", code: "4.1", indicator: "Vị trí việc làm của công chức, viên chức", unit: "" }, // 75
  { section: "II", code: "", indicator: "Số cơ quan, tổ chức hành chính đã được phê duyệt vị trí việc làm theo quy định", unit: "Cơ quan, đơn vị" }, // 76
  { section: "II", code: "", indicator: "Số đơn vị sự nghiệp đã được phê duyệt vị trí việc làm theo quy định", unit: "Cơ quan, đơn vị" }, // 77
  { section: "II", code: "", indicator: "Số cơ quan, tổ chức có vi phạm trong thực hiện vị trí việc làm phát hiện qua thanh tra", unit: "Cơ quan, đơn vị" }, // 78
  { section: "II", code: "4.2", indicator: "Tuyển dụng công chức, viên chức", unit: "" }, // 79
  { section: "II", code: "", indicator: "Số công chức, viên chức được tuyển dụng (thi tuyển, xét tuyển)", unit: "Người" }, // 80
  { section: "II", code: "", indicator: "Số công chức được tuyển dụng theo trường hợp đặc biệt", unit: "Người" }, // 81
  { section: "II", code: "", indicator: "Số viên chức được tuyển dụng (thi tuyển, xét tuyển)", unit: "Người" }, // 82
  { section: "II", code: "", indicator: "Số viên chức được tuyển dụng theo trường hợp đặc biệt", unit: "Người" }, // 83
  { section: "II", code: "4.3", indicator: "Số liệu về bổ nhiệm công chức", unit: "" }, // 84
  { section: "II", code: "", indicator: "Số lãnh đạo cấp phòng thuộc cơ quan, đơn vị được bổ nhiệm mới", unit: "Người" }, // 85
  { section: "II", code: "4.4", indicator: "Số liệu về xử lý kỷ luật cán bộ, công chức (cả về Đảng và chính quyền)", unit: "" }, // 86
  { section: "II", code: "", indicator: "Số lãnh đạo cấp tỉnh bị kỷ luật", unit: "Người" }, // 87
  { section: "II", code: "", indicator: "Số lãnh đạo cấp sở, ngành/ huyện bị kỷ luật", unit: "Người" }, // 88
  { section: "II", code: "", indicator: "Số lãnh đạo cấp phòng thuộc sở, ngành hoặc phòng thuộc huyện bị kỷ luật", unit: "Người" }, // 89
  { section: "II", code: "", indicator: "Số người làm việc hưởng lương từ NSNN tại các đơn vị SNCL bị kỷ luật", unit: "Người" }, // 90
  { section: "II", code: "", indicator: "Số lãnh đạo, công chức cấp xã thuộc huyện bị kỷ luật", unit: "Người" }, // 91
  { section: "II", code: "4.5", indicator: "Số liệu về thăng hạng viên chức", unit: "" }, // 92
  { section: "II", code: "", indicator: "Số viên chức đăng ký", unit: "Người" }, // 93
  { section: "II", code: "", indicator: "Số viên chức được thăng hạng", unit: "Người" }, // 94
  { section: "II", code: "", indicator: "Tiếp nhận vào làm viên chức", unit: "" }, // 95
  { section: "II", code: "4.6", indicator: "Tiếp nhận vào làm viên chức", unit: "" }, // 96
  { section: "II", code: "", indicator: "Số viên chức nộp hồ sơ", unit: "Người" }, // 97
  { section: "II", code: "", indicator: "Số viên chức được tiếp nhận", unit: "Người" }, // 98
  { section: "II", code: "4.7", indicator: "Chuyển đổi vị trí công tác", unit: "" }, // 99
  { section: "II", code: "", indicator: "Số công chức được chuyển đổi", unit: "Người" }, // 100
  { section: "II", code: "", indicator: "Số viên chức chuyển đổi", unit: "Người" }, // 101
  { section: "II", code: "4.8", indicator: "Nâng lương", unit: "" }, // 102
  { section: "II", code: "", indicator: "Số công chức, viên chức được nâng lương thường xuyên", unit: "Người" }, // 103
  { section: "II", code: "", indicator: "Số công chức, viên chức được nâng lương trước thời hạn", unit: "Người" }, // 104
  { section: "II", code: "", indicator: "Số công chức, viên chức được hưởng phụ cấp thâm niên vượt khung", unit: "Người" }, // 105
  { section: "II", code: "5", indicator: "Cải cách tài chính công", unit: "" }, // 106
  { section: "II", code: "5.1", indicator: "Số đơn vị Sự nghiệp công lập đã thực hiện tự chủ 100% chi thường xuyên và chi đầu tư (lũy kế đến thời điểm báo cáo)", unit: "Cơ quan, đơn vị" }, // 107
  { section: "II", code: "5.2", indicator: "Số đơn vị Sự nghiệp công lập đã thực hiện tự chủ 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)", unit: "Cơ quan, đơn vị" }, // 108
  { section: "II", code: "5.3", indicator: "Số đơn vị Sự nghiệp công lập đã thực hiện tự chủ một phần chi thường xuyên (lũy kế đến thời điểm báo cáo)", unit: "Cơ quan, đơn vị" }, // 109
  { section: "II", code: "5.4", indicator: "Số đơn vị Sự nghiệp công lập do nhà nước đảm bảo 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)", unit: "Cơ quan, đơn vị" }, // 110
  { section: "II", code: "5.5", indicator: "Số lượng đơn vị Sự nghiệp công lập đã chuyển đổi thành công ty cổ phần (lũy kế đến thời điểm báo cáo)", unit: "Cơ quan, đơn vị" }, // 111
  { section: "II", code: "6", indicator: "Xây dựng và phát triển chính quyền điện tử, chính quyền số", unit: "" }, // 112
  { section: "II", code: "6.1", indicator: "Cơ quan, đơn vị/ cơ quan, đơn vị trực thuộc UBND huyện, UBND xã được cấp chứng thư số", unit: "… cơ quan, đơn vị = …%" }, // 113
  { section: "II", code: "6.1", indicator: "Cơ quan, đơn vị/ cơ quan, đơn vị trực thuộc UBND huyện, UBND xã được cấp chứng thư số", unit: "… cơ quan, đơn vị = …%" }, // 114
  { section: "II", code: "6.2", indicator: "Số liệu về trao đổi văn bản điện tử", unit: "… văn bản = …%" }, // 115
  { section: "II", code: "6.3", indicator: "Việc kết nối, liên thông các Hệ thống quản lý văn bản điều hành", unit: "" }, // 116
  { section: "II", code: "", indicator: "Tổng số văn bản đi", unit: "Văn bản" }, // 117
  { section: "II", code: "", indicator: "Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử (Sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử)", unit: "%" }, // 118
  { section: "II", code: "", indicator: "Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử và song song với văn bản giấy", unit: "%" }, // 119
  { section: "II", code: "6.4", indicator: "Việc vận hành Hệ thống họp trực tuyến (đối với cấp huyện)", unit: "" }, // 120
  { section: "II", code: "", indicator: "Số cuộc họp qua hệ thống hội nghị truyền hình", unit: "Cuộc" }, // 121
  { section: "II", code: "", indicator: "Tổng số cuộc họp qua hệ thống hội nghị truyền hình/Tổng số cuộc họp giữa UBND huyện với UBND các xã thực hiện trong năm (đối với cấp huyện)", unit: "Cuộc/cuộc = …..%" }, // 122
  { section: "II", code: "6.5", indicator: "Sử dụng hòm thư công vụ", unit: "" }, // 123
  { section: "II", code: "", indicator: "Tổng số đơn vị trực thuộc sử dụng hòm thư công vụ", unit: "Số cơ quan, đơn vị/ tổng" }, // 124
  { section: "II", code: "", indicator: "Số tài khoản thường xuyên sử dụng hòm thư công vụ", unit: "Số tài khoản/ tổng" }, // 125
  { section: "II", code: "6.6", indicator: "Dịch vụ công trực tuyến", unit: "" }, // 126
  { section: "II", code: "", indicator: "Tổng số TTHC cung cấp trực tuyến một phần", unit: "TTHC" }, // 127
  { section: "II", code: "", indicator: "Tổng số TTHC cung cấp trực tuyến toàn trình", unit: "TTHC" }, // 128
  { section: "II", code: "", indicator: "Tỷ lệ hồ sơ xử lý trực tuyến một phần", unit: "%" }, // 129
  { section: "II", code: "", indicator: "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình", unit: "%" }, // 130
  { section: "II", code: "", indicator: "Tỷ lệ số hóa hồ sơ giải quết thủ tục hành chính", unit: "%" }, // 131
  { section: "II", code: "6.7", indicator: "Thực hiện tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích", unit: "" }, // 132
  { section: "II", code: "", indicator: "Số TTHC đã triển khai có phát sinh hồ sơ tiếp nhận/trả kết quả giải quyết qua dịch vụ BCCI", unit: "TTHC/KQ giải quyết" }, // 133
  { section: "II", code: "", indicator: "Số hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI", unit: "TTHC" }, // 134
  { section: "II", code: "", indicator: "Tỷ lệ kết quả giải quyết TTHC được trả qua dịch vụ BCCI", unit: "%" }, // 135
  { section: "II", code: "6.8", indicator: "Hiện trạng Hạ tầng kỹ thuật tại bộ phận một cửa điện tử cấp xã", unit: "" }, // 136
  { section: "II", code: "", indicator: "Tỷ lệ máy tính bố trí tại bộ phận một cửa (Máy/người)", unit: "Số máy/Số người làm việc tại bộ phận 1 cửa" }, // 137
  { section: "II", code: "", indicator: "Đã bố trí máy in, máy Scan đủ điều kiện tại bộ phận 1 cửa điện tử cấp xã", unit: "Số TB đã bố trí" }, // 138
];
