// SPEC §4.8: guidance rows, the un-coded scoring rules under a criterion (seed 000's second
// table), read into what the fill and the add-in can use:
// - discrete options, "label: points" ("Đúng thời hạn: 0,5", "Không ban hành: 0", "+1/-1",
//   "(0,5đ)", "- Đạt điểm tối đa theo quy định: +3;") → the set of scores a criterion allows;
// - threshold-proportional rules ("Hoàn thành từ 85% - 100% kế hoạch thì điểm đánh giá được tính
//   theo công thức: (Tỷ lệ % đạt được × điểm tối đa) / 100% … dưới 85%: 0") → scoreFromRate.
// A text that yields neither is "unparsed": counted in the summary, never an issue (issue 4 §6).
import { readNumber } from '../text/numbers';

export interface GuidanceOption {
  /** The words before the points ("Đúng thời hạn"). */
  label: string;
  value: number;
  /** "Trường hợp …": a special case, scored instead of the rest (of its row; alone in its row,
   * of the whole criterion). Seed 000, 4.2: "Trường hợp đơn vị không triển khai …: 3". */
  special: boolean;
  /** The option is the below-threshold clause of a rate rule ("Dưới 85% kế hoạch: 0"): that threshold. */
  belowRate?: number;
}

/** "Hoàn thành từ X% - 100% … theo công thức (Tỷ lệ % × điểm tối đa) / 100% … dưới X%: 0". */
export interface RateRule {
  kind: 'rate';
  /** Lowest rate (in %) that earns points. */
  threshold: number;
  /** Points below the threshold (0 in every seed). */
  below: number;
}

export interface ParsedGuidance {
  options: GuidanceOption[];
  rule: RateRule | null;
}

/** One guidance text (a row, or a criterion's own cell) and what it says, option by option. */
export interface GuidanceLines {
  /** The text's lines (line breaks inside the cell kept), each cleaned. */
  lines: readonly string[];
  /** Points written beside the text (in the max column of a guidance row), when any. */
  points?: number | null;
}

// ---- vocabulary (data: a new template spelling is a one-line change) ------------------------

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const SIGNED = String.raw`[+\-\u2212\u2013]?\s*${NUM}`;
/** "đ", "điểm" after the points: "(0,5đ)", "1 điểm". */
const UNIT = String.raw`(?:\s*(?:điểm|đ)(?!\p{L}))?`;
/** What may follow an option's points: the end of the text, or the next option (", ", "; ", ". "). */
const AFTER = String.raw`(?=\s*[.;,]?\s*$|\s*[;,]\s|\s*\.\s)`;

/**
 * "label: points" (also "label:-1", "label: +1/-1", "label: (0,5đ)"). A colon between two digits
 * with no space ("ISO 9001:2015", a time) is not an option; "mức độ 3: 0,5" is (seed 000, 7.2.2).
 */
const OPTION_RE = new RegExp(
  String.raw`(?:(?<=[^\d\s])\s*:|(?<=\d)\s*:(?=\s))\s*\(?\s*(${SIGNED})(?:\s*\/\s*(${SIGNED}))?${UNIT}\s*\)?${AFTER}`,
  'u',
);
/** "… so với năm trước (1đ)": the points in brackets at the end (seed 000, 9.2.3). */
const PAREN_RE = new RegExp(String.raw`\(\s*(${NUM})\s*(?:điểm|đ)\s*\)\s*[.;,]?\s*$`, 'u');
/** "… không thực hiện thì điểm đánh giá bằng 0." (seed 000, 1.5). */
const EQUALS_RE = new RegExp(String.raw`\bbằng\s+(${NUM})${UNIT}\s*[.;,]?\s*$`, 'u');
/** A short label and its points, no colon: "hàng quý 0,25" (seed 000, 1.5). Decimal points only,
 * so "Năm 2019" or "mức độ 3" never read as options. */
const SHORT_RE = new RegExp(String.raw`^((?:\p{L}+\s+){0,2}\p{L}+)\s+(\d+[.,]\d+)${UNIT}\s*[.;,]?\s*$`, 'u');
/** Bullets and separators in front of a label: "- ", "• ", "; ", ", ". */
const LEAD_RE = /^[\s;,.]*(?:[-\u2013\u2022*]\s+)?/u;
const TRAIL_RE = /[\s;,:]+$/u;

// The texts reach here cleaned (NFC, TCVN3 decoded, whitespace collapsed: text/read.ts), so the
// words below are matched on their lower-cased NFC form, without the cost of folding each label.
/** "Trường hợp …", "Trong trường hợp …" open a special case. */
const SPECIAL_RE = /^(?:trong )?trường hợp(?!\p{L})/u;
/** "từ 85% - 100%", "từ 85-100%", "từ 85% đến 100%": the range a rate rule scores. */
const RATE_RANGE_RE = /từ\s*(\d+(?:[.,]\d+)?)\s*%?\s*(?:-|\u2013|đến)\s*100\s*%/u;
/** A rate rule says how the points are computed ("… theo công thức"). */
const FORMULA_RE = /công thức/u;
/** "dưới 85%" names the threshold a below clause is about. */
const BELOW_RE = /dưới\s*(\d+(?:[.,]\d+)?)\s*%/u;
/** No digit, or none of ":", ";", "%", "(…đ)", "bằng": no option and no rule. Most criterion names
 * are skipped at the cost of two scans. */
const DIGIT_RE = /\d/;
const HINT_RE = /[:;%]|(?:đ|điểm)\s*\)|bằng/u;

/** Options count at most this many points (a year or a document number is not a score). */
const MAX_POINTS = 100;

const SPACES_RE = /\s+/gu;

function numberOf(s: string): number | null {
  const n = readNumber(s.replace(SPACES_RE, ''));
  return n?.kind === 'number' && Math.abs(n.value) <= MAX_POINTS ? n.value : null;
}

function cleanLabel(s: string): string {
  return s.replace(LEAD_RE, '').replace(TRAIL_RE, '').trim();
}

function optionOf(label: string, value: number): GuidanceOption {
  const clean = cleanLabel(label);
  const lower = clean.toLowerCase();
  const option: GuidanceOption = { label: clean, value, special: SPECIAL_RE.test(lower) };
  const below = lower.includes('%') ? BELOW_RE.exec(lower) : null;
  if (below) option.belowRate = Number(below[1].replace(',', '.'));
  return option;
}

/** A piece of text with no "label: points" in it: "(1đ)", "… bằng 0", "hàng quý 0,25", or nothing. */
function looseOption(piece: string): GuidanceOption | null {
  const text = cleanLabel(piece);
  if (!text) return null;
  for (const re of [PAREN_RE, EQUALS_RE]) {
    const m = re.exec(text);
    const value = m ? numberOf(m[1]) : null;
    if (m && value !== null) return optionOf(text.slice(0, m.index), value);
  }
  const m = SHORT_RE.exec(text);
  const value = m ? numberOf(m[2]) : null;
  return m && value !== null ? optionOf(m[1], value) : null;
}

/**
 * The text before an option's points: pieces separated by ";" that are options of their own
 * ("hàng quý 0,25") come out as options; the rest is the label ("Có ban hành kế hoạch kiểm tra;
 * có tổ chức kiểm tra; không có kết luận …" stays one label, seed 000, 3.1.6).
 */
function splitGap(gap: string): { options: GuidanceOption[]; label: string } {
  const pieces = gap.split(';');
  const options: GuidanceOption[] = [];
  let labelFrom = 0;
  pieces.forEach((piece, i) => {
    if (i === pieces.length - 1) return;
    const o = looseOption(piece);
    if (o) {
      options.push(o);
      labelFrom = i + 1;
    }
  });
  return { options, label: pieces.slice(labelFrom).join(';') };
}

function lineOptions(line: string): GuidanceOption[] {
  const out: GuidanceOption[] = [];
  let from = 0;
  // One match at a time on the rest of the line (a shared global regex would carry lastIndex).
  for (let m = line.includes(':') ? OPTION_RE.exec(line) : null; m; m = OPTION_RE.exec(line.slice(from))) {
    const at = from + m.index;
    const { options, label } = splitGap(line.slice(from, at));
    out.push(...options);
    for (const raw of [m[1], m[2]]) {
      if (raw === undefined) continue;
      const value = numberOf(raw);
      if (value !== null) out.push(optionOf(label, value));
    }
    from = at + m[0].length;
  }
  // What is left after the last "label: points": "; hàng quý 0,25; không thực hiện … bằng 0."
  for (const piece of line.slice(from).split(';')) {
    const o = looseOption(piece);
    if (o) out.push(o);
  }
  return out;
}

/** Reads one guidance text into its options and its rate rule (SPEC §4.8). */
export function parseGuidance(input: GuidanceLines): ParsedGuidance {
  const text = input.lines.join(' ');
  if (!DIGIT_RE.test(text) || !HINT_RE.test(text)) return pointsOnly(input);
  const lower = text.toLowerCase();
  const range = lower.includes('%') && FORMULA_RE.test(lower) ? RATE_RANGE_RE.exec(lower) : null;
  let rule: RateRule | null = range ? { kind: 'rate', threshold: Number(range[1].replace(',', '.')), below: 0 } : null;
  let options = input.lines.flatMap(lineOptions);
  if (rule) {
    // "Hoàn thành dưới 85% kế hoạch: 0" belongs to the rule, not to the options.
    const threshold = rule.threshold;
    const below = options.find((o) => o.belowRate === threshold);
    if (below) rule = { ...rule, below: below.value };
    options = options.filter((o) => o.belowRate !== threshold);
  }
  return !rule && options.length === 0 ? pointsOnly(input) : { options, rule };
}

/** A guidance row with its points in the max column: "Đúng thời hạn" | 0,5. */
function pointsOnly(input: GuidanceLines): ParsedGuidance {
  const label = input.lines.join(' ');
  if (input.points === undefined || input.points === null || !label) return { options: [], rule: null };
  return { options: [optionOf(label, input.points)], rule: null };
}

export function isParsed(g: ParsedGuidance): boolean {
  return g.options.length > 0 || g.rule !== null;
}

// ---- from options to the scores a criterion allows ------------------------------------------

/**
 * How a criterion's options add up, tried in this order; the first whose best score is the
 * criterion's max is taken (SPEC §4.8):
 * - rowsAdd: each row is one item scored by one of its options; items add up (seed 000, 1.1.1:
 *   "Đúng thời hạn: 0,5" + "Đạt yêu cầu nội dung kế hoạch: 0,5" → {0; 0,5; 1}; 7.2.2: four rows
 *   "…: 0,5; không …: 0" → 0 … 2);
 * - allAdd: every option is an item of its own (1.5: "hàng tuần: 0,25, hàng tháng: 0,25; hàng quý
 *   0,25" in one row → six quarter points, 0 … 1,5);
 * - alternatives: the options are levels, one is chosen (3.1.5: 2; 1,5; 1; 0,5; 0).
 * Special cases ("Trường hợp …") are always one more level. When no reading reaches the max
 * exactly (an option is missing or unreadable: 3.1.6; the seed is inconsistent: area 8), the
 * scores are not checked: a guess would raise false warnings.
 */
export type Combination = 'rowsAdd' | 'allAdd' | 'alternatives';

export type UncheckedReason =
  /** No option and no rule. */
  | 'none'
  /** No reading of the options reaches the criterion's max. */
  | 'noFit'
  /** A rate rule and positive options together: how they combine is not said (seed 000, 6.2). */
  | 'mixed'
  /** The criterion has no numeric max. */
  | 'noMax';

export type AllowedScores =
  | { kind: 'levels'; combination: Combination; levels: number[] }
  | { kind: 'rate'; rule: RateRule; /** 0 … max × threshold / 100 excluded. */ from: number; to: number; levels: number[] }
  | { kind: 'unchecked'; reason: UncheckedReason };

/** Scores are compared in thousandths of a point (quarter points are the finest in the seeds). */
const SCALE = 1000;
/** Distinct sums kept at most (a long list of independent options stays linear). */
const MAX_LEVELS = 4000;

function key(x: number): number {
  return Math.round(x * SCALE);
}

function addAll(a: Set<number>, b: Iterable<number>): Set<number> | null {
  const out = new Set<number>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out.size > MAX_LEVELS ? null : out;
}

/** Sums of any subset of the values (each positive option earned or not). */
function subsetSums(values: number[]): Set<number> | null {
  let sums: Set<number> | null = new Set([0]);
  for (const v of values) {
    if (!sums) return null;
    const next: Set<number> = new Set(sums);
    for (const s of sums) next.add(s + v);
    sums = next.size > MAX_LEVELS ? null : next;
  }
  return sums;
}

interface RowOptions {
  items: number[];
  specials: number[];
}

function levelsOf(combination: Combination, rows: RowOptions[]): Set<number> | null {
  switch (combination) {
    case 'rowsAdd': {
      let sums: Set<number> | null = new Set([0]);
      for (const r of rows) sums = sums && addAll(sums, new Set([0, ...r.items, ...r.specials]));
      return sums;
    }
    case 'allAdd': {
      let sums: Set<number> | null = new Set([0]);
      for (const r of rows) {
        const own = subsetSums(r.items);
        if (!own) return null;
        for (const s of r.specials) own.add(s);
        sums = sums && addAll(sums, own);
      }
      return sums;
    }
    case 'alternatives':
      return new Set([0, ...rows.flatMap((r) => [...r.items, ...r.specials])]);
    default: {
      const never: never = combination;
      throw new Error(`unknown combination ${String(never)}`);
    }
  }
}

const COMBINATIONS: readonly Combination[] = ['rowsAdd', 'allAdd', 'alternatives'];

function sortedLevels(keys: Iterable<number>): number[] {
  return [...new Set(keys)].sort((a, b) => a - b).map((k) => k / SCALE);
}

/**
 * The scores a criterion's guidance allows, given its max (N for a ±N bonus criterion: the best
 * score must be +N). `texts` are the parsed guidance texts in sheet order, one per row.
 */
export function allowedScores(texts: readonly ParsedGuidance[], max: number | null): AllowedScores {
  const rule = texts.find((t) => t.rule)?.rule ?? null;
  const options = texts.flatMap((t) => t.options);
  if (!rule && options.length === 0) return { kind: 'unchecked', reason: 'none' };
  if (max === null) return { kind: 'unchecked', reason: 'noMax' };
  const target = key(max);

  // Special cases alone in their row stand for the whole criterion (seed 000, 4.2, 4.3.3).
  const wholeSpecials: number[] = [];
  const rows: RowOptions[] = [];
  for (const t of texts) {
    const own = rule ? t.options.filter((o) => o.belowRate !== rule.threshold) : t.options;
    const items = own.filter((o) => !o.special).map((o) => key(o.value));
    const specials = own.filter((o) => o.special).map((o) => key(o.value));
    if (items.length === 0) wholeSpecials.push(...specials);
    else rows.push({ items, specials });
  }

  if (rule) {
    // Seed 000, 6.2: a rate rule beside options worth points: how they combine is not said.
    if (rows.some((r) => r.items.some((v) => v !== 0))) return { kind: 'unchecked', reason: 'mixed' };
    const levels = sortedLevels([0, key(rule.below), ...wholeSpecials, ...rows.flatMap((r) => r.specials)]);
    return { kind: 'rate', rule, from: (rule.threshold * max) / 100, to: max, levels };
  }

  for (const combination of COMBINATIONS) {
    const levels = levelsOf(combination, rows);
    if (!levels) continue;
    for (const s of wholeSpecials) levels.add(s);
    if (Math.max(...levels) === target) return { kind: 'levels', combination, levels: sortedLevels(levels) };
  }
  return { kind: 'unchecked', reason: 'noFit' };
}

/** Half a hundredth: scores are typed to two decimals at most. */
const TOLERANCE = 0.005;

export function isScoreAllowed(allowed: AllowedScores, score: number): boolean {
  switch (allowed.kind) {
    case 'unchecked':
      return true;
    case 'levels':
      return allowed.levels.some((l) => Math.abs(l - score) < TOLERANCE);
    case 'rate':
      return (
        allowed.levels.some((l) => Math.abs(l - score) < TOLERANCE) ||
        (score >= allowed.from - TOLERANCE && score <= allowed.to + TOLERANCE)
      );
    default: {
      const never: never = allowed;
      throw new Error(`unknown allowed kind ${String(never)}`);
    }
  }
}

/**
 * SPEC §4.8: the score a threshold-proportional rule gives for a rate (in %): rate × max / 100
 * from the threshold up (a rate above 100 % counts as 100 %), the below-threshold points under
 * it. Not rounded: the sheet keeps what the formula gives.
 */
export function scoreFromRate(rule: RateRule, ratePercent: number, max: number): number {
  if (!Number.isFinite(ratePercent) || ratePercent < rule.threshold) return rule.below;
  return (Math.min(ratePercent, 100) * max) / 100;
}
