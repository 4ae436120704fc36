// The Vietnamese deadline grammar (SPEC §5): parseDeadline for the rules, explainDeadline for
// `cchc deadline --explain` and the task pane.
//
// How it reads (tokens.ts → grammar.ts → parse.ts, vocabulary in vocab.ts): the cleaned text is
// cut into words, numbers and punctuation, compared folded (no diacritics, so NFC and NFD read the
// same), split into parts at ; : sentence dots and list bullets, and each part is read by a small
// recursive-descent grammar. No library parses these phrases right (date-fns' vi locale reads
// "Quý II/2019" as 1 January; chrono-node reads "Tháng 10/2019" as 1 October).
//
// Decisions where SPEC §5 is silent (each has a test vector in test/engine/deadline):
// - A deadline is the last day allowed: a month → its last day, a quarter → its last day, a list
//   or range of quarters or months → the last one's, "6 tháng đầu năm" → 30/06, "6 tháng cuối năm"
//   → 31/12, a year → 31/12, "giai đoạn 2021-2025" → 31/12/2025.
// - "đầu / giữa / cuối tháng 10" follow the month's thirds (thượng, trung, hạ tuần): 10/10,
//   20/10, 31/10. "cuối quý", "cuối năm" are their last day; "đầu năm", "giữa quý" name no day
//   and stay unparsed.
// - "trước ngày 31/12" is 31/12 itself (SPEC §5), but "trước tháng 10", "trước quý III", "trước
//   năm 2020" end the day before that period starts (30/09, 30/06, 31/12/2019): what the words say.
// - Several dated parts are milestones, sorted, each once; the deadline is the latest. A period
//   named before an exact day in the same part is the report's period, not a milestone
//   ("Báo cáo quý 1, trước ngày 25/02"); "năm 2020" inside a phrase names a plan ("Kế hoạch CCHC
//   năm 2020"); both are shown as labels by --explain.
// - A cell mixing kinds: dated parts win (seed 003: recurring reports plus "… trước ngày
//   15/02/2021" → 15/02/2021), else relative, else external, else recurring.
// - "hàng năm" after a day is recurring ("báo cáo năm gửi ngày 25/11 hàng năm"), unless a
//   deadline word comes first ("Trước ngày 31/7 hàng năm" → 31/07 of the plan year).
// - A year not written: the last year written in the cell (SPEC §5 milestones), else the plan's
//   year; "của năm", "năm nay", "năm sau", "năm trước liền kề năm kế hoạch" count from the plan's
//   year. With no year at all (no plan year given) a year-less phrase is unparsed; the CLI passes
//   the year of --today.
// - Two-digit years only in a full date: 31/12/19 → 2019; "tháng 10/19" is unparsed.
// - "Trong thời hạn 30 ngày kể từ …" is relative with days 30; from a written day ("… kể từ ngày
//   01/3/2020") it is that day + 30 (BLDS 2015 Điều 147: the first day is not counted). Working
//   days and months give no `days`.
// - Never a wrong date: an impossible day (31/02, 29/02/2019), month 13, quarter V, a year outside
//   1990–2100, "từ tháng 10" with no end, "sau ngày 15/3", "khoảng", "trở đi", "so với", "tuần 1
//   tháng 10" leave the whole cell unparsed. Date cells and Excel serials (20000–80000) are dates
//   when they fall in 1990–2100.
// - A cited document's number and date ("số 975/SNV-CCHC ngày 18/7/2016") is not a deadline.
// - HTML markup in a cell is read past (reported elsewhere as cell.htmlMarkup).
export type { Deadline, DeadlineKind, DeadlineOptions, DeadlineStep } from './types';
export { parseDeadline, deadlineParser, deadlineYear, deadlineDates, readDeadline } from './parse';
export type { Reading } from './parse';
export { explainDeadline, failureText, stepsOf, stepText } from './explain';
