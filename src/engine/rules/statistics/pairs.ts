// SPEC §6: a part never exceeds its whole inside an indicator group, and a rate is its part over
// its whole. The pairs are recognised from the indicators' wording, never from row positions:
// PAIRINGS is the one table of that vocabulary (a new template's wording is a one-line change).
import { fold } from '../../text/normalize';

/**
 * Words an indicator must hold: phrases separated by " … " must all occur, in that order, as
 * whole words ("đề ra … kiểm tra" matches "Số cơ quan, đơn vị đề ra trong kế hoạch tự kiểm tra");
 * `not` lists phrases that must not occur. Compared folded (case, diacritics, NFC/NFD).
 */
export interface Wording {
  all: string;
  not?: readonly string[];
}

export interface Pairing {
  /** A name for tests and documentation. */
  name: string;
  /** The part rows; several parts are added up (SPEC §6: "đúng hạn" + "quá hạn" ≤ "được giao"). */
  parts: readonly Wording[];
  /** The whole row; 'sum': the parts together are the whole (files resolved on time + late). */
  whole: Wording | 'sum';
  /** A part above the whole is a warning only (stat.partExceedsWholeSoft). */
  soft?: boolean;
  /** A "%" row of the group holding this pair's rate: parts[numerator] / whole × 100. */
  rate?: { wording: Wording; numerator: number };
  /** The parts' own percentages add up to 100 (SPEC §6: đúng hẹn % + trễ hẹn % = 100). */
  percentsAddUp?: boolean;
  /** 'group' (default): rows under one parent code; 'area': anywhere under one top-level code
   * (seed 004 keeps some wholes in the next criterion: "Tổng số văn bản đi" under 6.3). */
  scope?: Scope;
}

export type Scope = 'group' | 'area';

// One line per pair. A part written as a count with its share ("275 quy trình = 97,86%") gets
// that share computed as part / whole as well (computations.ts).
export const PAIRINGS: readonly Pairing[] = [
  // seed 004 I.1, I.3: "Số nhiệm vụ đã hoàn thành" ≤ "Số nhiệm vụ đề ra trong kế hoạch"
  { name: 'completion', parts: [{ all: 'đã hoàn thành', not: ['đúng hạn', 'quá hạn'] }], whole: { all: 'đề ra' }, rate: { wording: { all: 'tỷ lệ … hoàn thành', not: ['đúng hạn', 'quá hạn'] }, numerator: 0 } },
  // seed 004 I.2: "… đã kiểm tra theo kế hoạch" ≤ "… đề ra trong kế hoạch tự kiểm tra"
  { name: 'inspection', parts: [{ all: 'đã kiểm tra' }], whole: { all: 'đề ra … kiểm tra' }, rate: { wording: { all: 'tỷ lệ … kiểm tra' }, numerator: 0 } },
  // seed 004 I.2: "Số vấn đề phát hiện đã xử lý xong" ≤ "Số vấn đề phát hiện qua kiểm tra"
  { name: 'resolution', parts: [{ all: 'đã xử lý xong' }], whole: { all: 'phát hiện', not: ['xử lý xong'] }, rate: { wording: { all: 'tỷ lệ … xử lý' }, numerator: 0 } },
  // seed 004 I.4: "đã hoàn thành đúng hạn" + "đã hoàn thành nhưng quá hạn" ≤ "Tổng số nhiệm vụ được giao"
  { name: 'tasksOnTime', parts: [{ all: 'đúng hạn' }, { all: 'quá hạn' }], whole: { all: 'tổng số … được giao' }, rate: { wording: { all: 'tỷ lệ … đúng hạn' }, numerator: 0 } },
  // seed 004 II.3.2, 3.3: staff present may exceed the quota for a while (a warning)
  { name: 'staffing', parts: [{ all: 'có mặt' }], whole: { all: 'được giao' }, soft: true },
  // seed 004 II.4.5: "Số viên chức được thăng hạng" ≤ "Số viên chức đăng ký"
  { name: 'promotion', parts: [{ all: 'được thăng hạng' }], whole: { all: 'đăng ký' }, rate: { wording: { all: 'tỷ lệ … thăng hạng' }, numerator: 0 } },
  // seed 004 II.4.6: "Số viên chức được tiếp nhận" ≤ "Số viên chức nộp hồ sơ"
  { name: 'intake', parts: [{ all: 'được tiếp nhận' }], whole: { all: 'nộp hồ sơ' } },
  // seed 004 II.2.4: "… được giải quyết đúng hẹn" / "… trễ hẹn", each "… hồ sơ = …%" of their sum
  { name: 'filesOnTime', parts: [{ all: 'giải quyết đúng hẹn' }, { all: 'giải quyết trễ hẹn' }], whole: 'sum', percentsAddUp: true },
  // seed 004 II.2.3: "Quy trình nội bộ … đã được điện tử hóa" of "Số TTHC đã được phê duyệt quy trình nội bộ"
  { name: 'digitisedProcedures', parts: [{ all: 'điện tử hóa' }], whole: { all: 'phê duyệt quy trình nội bộ' } },
  // seed 004 II.2.3 "Số TTHC đã được phê duyệt quy trình nội bộ: Thủ tục … = …%" of 2.1 "Tổng số TTHC đang có hiệu lực"
  { name: 'approvedProcedures', parts: [{ all: 'phê duyệt quy trình nội bộ' }], whole: { all: 'tổng số tthc đang có hiệu lực' }, scope: 'area' },
  // seed 004 II.6.2 "Số liệu về trao đổi văn bản điện tử: … văn bản = …%" of 6.3 "Tổng số văn bản đi", and
  // 6.3's "Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử" the same rate (seed 001: "Tỷ lệ văn
  // bản trao đổi … dưới dạng điện tử (Văn bản đi …)")
  { name: 'electronicDocuments', parts: [{ all: 'trao đổi văn bản điện tử' }], whole: { all: 'tổng số văn bản đi' }, rate: { wording: { all: 'tỷ lệ văn bản … hoàn toàn dưới dạng điện tử', not: ['song song'] }, numerator: 0 }, scope: 'area' },
];

/**
 * Every letter of the Latin blocks Vietnamese uses → its folded ASCII letter (fold(): no case, no
 * diacritics, đ → d), built once: wordsOf runs on every indicator of 5 000-row sheets (SPEC §11)
 * and one table lookup per character is far cheaper than normalize('NFD') and three regexes.
 */
const FOLDED: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  const ranges: Array<[number, number]> = [[0xc0, 0x24f], [0x1e00, 0x1eff]];
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      const f = fold(String.fromCharCode(c));
      if (f.length === 1 && f >= 'a' && f <= 'z') map.set(c, f.charCodeAt(0));
    }
  }
  return map;
})();

const SPACE = 0x20;
const COMBINING_FIRST = 0x300;
const COMBINING_LAST = 0x36f;

function foldedCode(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c; // a-z
  if (c >= 0x30 && c <= 0x39) return c; // 0-9
  if (c >= 0x41 && c <= 0x5a) return c + 0x20; // A-Z
  if (c < 0xc0) return SPACE;
  return FOLDED.get(c) ?? SPACE;
}

/**
 * " so nhiem vu da hoan thanh ": the text folded (as fold() does: NFC or NFD, case, diacritics,
 * đ), letters and digits only, one space between words and at both ends, for whole-word search.
 */
export function wordsOf(text: string): string {
  const codes: number[] = [SPACE];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= COMBINING_FIRST && c <= COMBINING_LAST) continue; // NFD marks
    const f = foldedCode(c);
    if (f !== SPACE || codes[codes.length - 1] !== SPACE) codes.push(f);
  }
  if (codes[codes.length - 1] !== SPACE) codes.push(SPACE);
  return String.fromCharCode(...codes);
}

/** A Wording compiled once: its phrases as padded folded words. */
export interface CompiledWording {
  all: string[];
  not: string[];
}

const ELLIPSIS_RE = /\s*(?:…|\.\.\.)\s*/;

function compile(w: Wording): CompiledWording {
  return { all: w.all.split(ELLIPSIS_RE).map(wordsOf), not: (w.not ?? []).map(wordsOf) };
}

export interface CompiledPairing {
  pairing: Pairing;
  parts: CompiledWording[];
  whole: CompiledWording | 'sum';
  rate?: CompiledWording;
}

export const COMPILED_PAIRINGS: readonly CompiledPairing[] = PAIRINGS.map((p) => ({
  pairing: p,
  parts: p.parts.map(compile),
  whole: p.whole === 'sum' ? 'sum' : compile(p.whole),
  ...(p.rate ? { rate: compile(p.rate.wording) } : {}),
}));

/** Whether padded folded words (wordsOf) hold the wording. Words overlap by their padding space. */
export function matches(words: string, w: CompiledWording): boolean {
  let from = 0;
  for (const phrase of w.all) {
    const at = words.indexOf(phrase, from);
    if (at < 0) return false;
    from = at + phrase.length - 1;
  }
  return !w.not.some((phrase) => words.includes(phrase));
}

/** What a pairing needs of an indicator row. */
export interface Pairable {
  words: string;
  /** Rows reporting several indicators (seed 004 row 56) or of another kind never pair. */
  pairable: boolean;
  isRate: boolean;
}

export interface Resolved<T extends Pairable> {
  pairing: CompiledPairing;
  /** parts[i] is the row of pairing.parts[i], or undefined when the group has none. */
  parts: Array<T | undefined>;
  /** The whole's row; undefined for 'sum' pairings. */
  whole: T | undefined;
  rate: T | undefined;
}

function firstMatch<T extends Pairable>(group: readonly T[], w: CompiledWording, used: readonly T[], rate: boolean): T | undefined {
  for (const x of group) if (!used.includes(x) && (rate ? x.isRate : x.pairable) && matches(x.words, w)) return x;
  return undefined;
}

/**
 * The pairings present in one group: each part, the whole and the rate row take the first row
 * of the group whose wording matches and that no other slot of the pairing took. A pairing is
 * present when some part and its whole are (every part, for a 'sum' whole).
 */
export function resolvePairings<T extends Pairable>(group: readonly T[], scope: Scope): Array<Resolved<T>> {
  const out: Array<Resolved<T>> = [];
  if (group.length < 2) return out;
  // Most groups hold none of the pairs: one search of the group's words rules a pairing out.
  const all = group.map((x) => x.words).join('');
  for (const cp of COMPILED_PAIRINGS) {
    if ((cp.pairing.scope ?? 'group') !== scope) continue;
    if (cp.whole !== 'sum' && !all.includes(cp.whole.all[0])) continue;
    if (!cp.parts.some((p) => all.includes(p.all[0]))) continue;
    const used: T[] = [];
    const parts = cp.parts.map((w) => {
      const found = firstMatch(group, w, used, false);
      if (found) used.push(found);
      return found;
    });
    const whole = cp.whole === 'sum' ? undefined : firstMatch(group, cp.whole, used, false);
    if (whole) used.push(whole);
    const complete = cp.whole === 'sum' ? parts.every((p) => p !== undefined) : whole !== undefined && parts.some((p) => p !== undefined);
    if (!complete) continue;
    const rate = cp.rate ? firstMatch(group, cp.rate, used, true) : undefined;
    out.push({ pairing: cp, parts, whole, rate });
  }
  return out;
}
