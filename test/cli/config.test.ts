// `cchc check` on score sheets: the summary in the human output (SPEC §9: index, rating, areas
// below 50 %), and the settings file (cchc.config.json beside the file or --config, validated at
// the boundary): a bad one is exit 2 with a message naming the file and the field; a custom
// rating band changes the rating.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BANG_1, bang1, selfAssessment2023, type ScoreCells } from '../fixtures/build';
import type { BangRow } from '../fixtures/seeds/types';
import { writeWorkbook } from '../fixtures/workbook';
import { runCli, STACK_RE } from '../helpers/cli';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-config-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A folder of its own for each case, so a cchc.config.json beside one file touches no other. */
function caseDir(name: string): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  return d;
}

function isLeaf(r: BangRow): boolean {
  return r.code !== '' && !BANG_1.rows.some((x) => x.code.startsWith(`${r.code}.`));
}

/**
 * Bảng 1 self-assessed at every max, survey (ĐTXHH) criteria included, but area 4 "CẢI CÁCH TỔ
 * CHỨC BỘ MÁY HÀNH CHÍNH" (max 9) at 0 and 7.3.2 at 0,5 of 1,5: final 100 − 9 − 1 = 90 → Rất tốt;
 * area 4 at 0 % is below 50 %.
 */
function area4AtZero(row: BangRow): ScoreCells | undefined {
  if (!isLeaf(row)) return undefined;
  const max = Number(row.max.replace(',', '.'));
  const self = row.code.startsWith('4.') ? 0 : row.code === '7.3.2' ? 0.5 : max;
  return { self, evidence: self > 0 && row.note !== 'ĐTXHH' ? 'Báo cáo số 215/BC-SCT' : null };
}

describe('cchc check on a score sheet prints its summary', () => {
  test('the 2023 self-assessment fixture: index, rating, provisional, N/A and awaiting survey', async () => {
    const d = caseDir('selfAssessment');
    const file = join(d, 'bang1.xlsx');
    await writeWorkbook(bang1({ scoreColumns: true, scores: selfAssessment2023() }), file);
    const r = await runCli(['check', file], { cwd: d });
    expect(r.status).toBe(1); // SELF_MISTAKES: a score above its max, a wrong typed total
    expect(r.stderr).toBe('');
    // 66,05 of the applicable 99 (3.3.3 N/A) = 66,72 %; 28 survey criteria still awaited.
    expect(r.stdout).toContain('Tổng điểm tối đa 100; điểm tối đa áp dụng 99; điểm cuối cùng 66,05');
    expect(r.stdout).toContain('Chỉ số CCHC 66,72% — Xếp loại: Trung bình (tạm tính: còn chờ điểm ĐTXHH)');
    expect(r.stdout).toContain('Không áp dụng: 3.3.3');
    expect(r.stdout).toMatch(/Chờ điểm ĐTXHH: 1\.8\.1, 1\.8\.2, .*, 7\.6\.5\n/);
    expect(r.stdout).toContain('Bảng 1!D15: điểm tự đánh giá 1,5 vượt điểm tối đa 1 [score.exceedsMax]');
    expect(r.stdout).toContain('Bảng 1!D32: điểm tự đánh giá của mục 2.1 ghi 2, nhưng tổng các mục con là 1,5 [score.sumMismatch]');
    expect(r.stdout).toContain('Bảng 1!F126: mục 7.1.2 có điểm tự đánh giá 0,5 nhưng chưa có tài liệu kiểm chứng hay giải trình');
  });

  test('areas below 50 % are listed, with the warning on the area row', async () => {
    const d = caseDir('below50');
    const file = join(d, 'bang1.xlsx');
    await writeWorkbook(bang1({ scoreColumns: true, scores: area4AtZero }), file);
    const r = await runCli(['check', file], { cwd: d });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Chỉ số CCHC 90% — Xếp loại: Rất tốt\n');
    expect(r.stdout).toContain('Lĩnh vực dưới 50%: 4 CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH (0%)');
    expect(r.stdout).toMatch(/Bảng 1!D\d+: lĩnh vực 4 «CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH» chỉ đạt 0% điểm tối đa áp dụng, dưới 50%.*\[area\.below50\]/);

    const json = await runCli(['check', file, '--json'], { cwd: d });
    const summary = JSON.parse(json.stdout).tables[0].summary;
    expect(summary).toMatchObject({ indexPercent: 90, rating: 'Rất tốt', provisional: false });
    expect(summary.areas.filter((a: { below50: boolean }) => a.below50).map((a: { code: string }) => a.code)).toEqual(['4']);
  });
});

describe('settings (cchc.config.json, --config)', () => {
  async function sheetIn(name: string): Promise<{ d: string; file: string }> {
    const d = caseDir(name);
    const file = join(d, 'bang1.xlsx');
    await writeWorkbook(bang1({ scoreColumns: true, scores: area4AtZero }), file);
    return { d, file };
  }

  test('a custom rating band beside the file changes the rating', async () => {
    const { d, file } = await sheetIn('customBands');
    writeFileSync(
      join(d, 'cchc.config.json'),
      JSON.stringify({ ratingBands: [{ min: 95, label: 'Xuất sắc' }, { min: 80, label: 'Khá' }, { min: 0, label: 'Chưa đạt' }] }),
    );
    const r = await runCli(['check', file], { cwd: d });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Chỉ số CCHC 90% — Xếp loại: Khá\n');
  });

  test('--config wins over the file beside the workbook', async () => {
    const { d, file } = await sheetIn('explicit');
    writeFileSync(join(d, 'cchc.config.json'), JSON.stringify({ ratingBands: [{ min: 0, label: 'Bên cạnh' }] }));
    const other = join(d, 'tinh.json');
    writeFileSync(other, JSON.stringify({ ratingBands: [{ min: 85, label: 'Đạt chuẩn' }, { min: 0, label: 'Chưa đạt' }] }));
    const r = await runCli(['check', file, '--config', other, '--json'], { cwd: d });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).tables[0].summary.rating).toBe('Đạt chuẩn');
  });

  test.each<[string, string, RegExp]>([
    ['no band starting at 0', JSON.stringify({ ratingBands: [{ min: 90, label: 'Rất tốt' }] }), /ratingBands: cần một mức xếp loại bắt đầu từ 0/],
    ['two bands with the same threshold', JSON.stringify({ ratingBands: [{ min: 0, label: 'A' }, { min: 0, label: 'B' }] }), /ratingBands: hai mức xếp loại có cùng ngưỡng/],
    ['a threshold above 100', JSON.stringify({ ratingBands: [{ min: 0, label: 'Kém' }, { min: 120, label: 'Rất tốt' }] }), /ratingBands\.1\.min/],
    ['a field of the wrong type', JSON.stringify({ dueSoonDays: 'mười bốn' }), /dueSoonDays: Đầu vào không hợp lệ: mong đợi số/],
    ['an unknown field', JSON.stringify({ ratingBand: [] }), /Khóa không được nhận dạng: "ratingBand"/],
    ['not JSON', '{ ratingBands: [ }', /./],
  ])('a bad cchc.config.json beside the file (%s): exit 2, the file and the field named', async (name, content, field) => {
    const { d, file } = await sheetIn(`bad-${name.replace(/\W+/g, '-')}`);
    const config = join(d, 'cchc.config.json');
    writeFileSync(config, content);
    const r = await runCli(['check', file], { cwd: d });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(config);
    expect(r.stderr).toContain('tệp cấu hình không hợp lệ');
    expect(r.stderr).toMatch(field);
    expect(r.stderr).not.toMatch(STACK_RE);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('--config naming a missing file: exit 2', async () => {
    const { d, file } = await sheetIn('missing');
    const r = await runCli(['check', file, '--config', join(d, 'khong-co.json')], { cwd: d });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('khong-co.json');
  });
});
