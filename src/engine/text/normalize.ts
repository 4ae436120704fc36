// SPEC §3: text is compared after normalisation: NFC and NFD alike, case-, diacritics-,
// whitespace- and line-break-insensitive, tolerant of small typos.

const COMBINING_RE = /[\u0300-\u036f]/g;
const SPACE_RE = /\s+/g;
const NON_KEY_RE = /[^a-z0-9]+/g;
// đ/Đ have no decomposition: NFD leaves them whole, so they are folded by hand.
const D_STROKE_RE = /[đĐ]/g;

/** Unicode NFC with every run of whitespace (line breaks, NBSP, tabs) collapsed to one space. */
export function clean(s: string): string {
  return s.normalize('NFC').replace(SPACE_RE, ' ').trim();
}

/** Lower case, no diacritics (đ → d), whitespace collapsed: "Điểm  tối\nđa" → "diem toi da". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_RE, '')
    .replace(D_STROKE_RE, 'd')
    .toLowerCase()
    .replace(SPACE_RE, ' ')
    .trim();
}

/** The compact matching key: fold, then letters and digits only ("Lĩnh vực/Tiêu chí" → "linhvuctieuchi"). */
export function matchKey(s: string): string {
  return fold(s).replace(NON_KEY_RE, '');
}

/** Damerau–Levenshtein (optimal string alignment) distance, stopping early above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/** Typos tolerated in a key of this length: none for short words, one per 8 letters, at most 3. */
export function typoTolerance(length: number): number {
  if (length < 5) return 0;
  return Math.min(3, Math.floor(length / 8) + 1);
}

/** Whether two keys (see matchKey) are the same words, allowing small typos. */
export function similarKeys(a: string, b: string): boolean {
  if (a === b) return true;
  const tol = typoTolerance(Math.min(a.length, b.length));
  return tol > 0 && editDistance(a, b, tol) <= tol;
}
