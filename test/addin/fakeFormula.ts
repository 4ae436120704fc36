// A tiny formula evaluator for the in-memory Excel: enough for what a fill writes (SUM, ROUND, IF,
// arithmetic, comparisons, & on text) so that a check after a fill reads computed values, as it
// would in Excel. Anything else evaluates to #NAME? — the fake never pretends to know a function.
import { colNumber, type Scalar } from '../../src/engine/grid';

export interface FormulaHost {
  /** The value of a cell (1-based), on the formula's sheet when `sheet` is undefined. */
  value(sheet: string | undefined, row: number, col: number): Scalar;
}

type Value = number | string | boolean | null | { error: string } | Value[];

const TOKEN_RE =
  /\s*(?:(?<str>"(?:[^"]|"")*")|(?<ref>(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(?<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?<name>[A-Za-z_][\w.]*)(?=\s*\()|(?<bool>TRUE|FALSE)\b|(?<op><>|<=|>=|[-+*/^&=<>(),%]))/y;

interface Token {
  kind: 'str' | 'ref' | 'num' | 'name' | 'bool' | 'op';
  text: string;
}

function tokenize(src: string): Token[] | null {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(src);
    if (!m || !m.groups) return null;
    const kind = (['str', 'ref', 'num', 'name', 'bool', 'op'] as const).find((k) => m.groups?.[k] !== undefined);
    if (!kind) return null;
    tokens.push({ kind, text: m.groups[kind] as string });
    pos = TOKEN_RE.lastIndex;
  }
  return tokens;
}

const ERR_VALUE = { error: '#VALUE!' };
const ERR_NAME = { error: '#NAME?' };
const ERR_DIV0 = { error: '#DIV/0!' };

function isError(v: Value): v is { error: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toNumber(v: Value): number | { error: string } {
  if (Array.isArray(v)) return v.length ? toNumber(v[0]) : 0;
  if (isError(v)) return v;
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : ERR_VALUE;
}

function flatten(v: Value): Value[] {
  return Array.isArray(v) ? v.flatMap(flatten) : [v];
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly host: FormulaHost,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private take(text?: string): Token {
    const t = this.tokens[this.i];
    if (!t || (text !== undefined && t.text !== text)) throw new Error('syntax');
    this.i++;
    return t;
  }

  parse(): Value {
    const v = this.comparison();
    if (this.i !== this.tokens.length) throw new Error('syntax');
    return v;
  }

  private comparison(): Value {
    let left = this.concat();
    for (let t = this.peek(); t && ['=', '<>', '<', '>', '<=', '>='].includes(t.text); t = this.peek()) {
      this.take();
      const right = this.concat();
      const a = toNumber(left);
      const b = toNumber(right);
      if (isError(a) || isError(b)) return isError(a) ? a : (b as { error: string });
      const r = { '=': a === b, '<>': a !== b, '<': a < b, '>': a > b, '<=': a <= b, '>=': a >= b }[t.text];
      left = r ?? false;
    }
    return left;
  }

  private concat(): Value {
    let left = this.additive();
    while (this.peek()?.text === '&') {
      this.take();
      const right = this.additive();
      left = `${flatten(left)[0] ?? ''}${flatten(right)[0] ?? ''}`;
    }
    return left;
  }

  private additive(): Value {
    let left = this.term();
    for (let t = this.peek(); t && (t.text === '+' || t.text === '-'); t = this.peek()) {
      this.take();
      const a = toNumber(left);
      const b = toNumber(this.term());
      if (isError(a)) return a;
      if (isError(b)) return b;
      left = t.text === '+' ? a + b : a - b;
    }
    return left;
  }

  private term(): Value {
    let left = this.unary();
    for (let t = this.peek(); t && (t.text === '*' || t.text === '/'); t = this.peek()) {
      this.take();
      const a = toNumber(left);
      const b = toNumber(this.unary());
      if (isError(a)) return a;
      if (isError(b)) return b;
      if (t.text === '/' && b === 0) return ERR_DIV0;
      left = t.text === '*' ? a * b : a / b;
    }
    return left;
  }

  private unary(): Value {
    if (this.peek()?.text === '-') {
      this.take();
      const v = toNumber(this.unary());
      return isError(v) ? v : -v;
    }
    if (this.peek()?.text === '+') this.take();
    return this.primary();
  }

  private primary(): Value {
    const t = this.take();
    switch (t.kind) {
      case 'num':
        return Number(t.text);
      case 'str':
        return t.text.slice(1, -1).replace(/""/g, '"');
      case 'bool':
        return t.text.toUpperCase() === 'TRUE';
      case 'ref':
        return this.ref(t.text);
      case 'name':
        return this.call(t.text.toUpperCase());
      case 'op':
        if (t.text === '(') {
          const v = this.comparison();
          this.take(')');
          return v;
        }
        throw new Error('syntax');
      default:
        throw new Error('syntax');
    }
  }

  private ref(text: string): Value {
    const bang = text.lastIndexOf('!');
    const sheetPart = bang >= 0 ? text.slice(0, bang) : undefined;
    const sheet = sheetPart?.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
    const [from, to] = (bang >= 0 ? text.slice(bang + 1) : text).replace(/\$/g, '').split(':');
    const p = /^([A-Za-z]+)(\d+)$/.exec(from);
    const q = /^([A-Za-z]+)(\d+)$/.exec(to ?? from);
    if (!p || !q) return ERR_VALUE;
    const r1 = Number(p[2]);
    const r2 = Number(q[2]);
    const c1 = colNumber(p[1]);
    const c2 = colNumber(q[1]);
    if (to === undefined) return this.host.value(sheet, r1, c1) as Value;
    const out: Value[] = [];
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) out.push(this.host.value(sheet, r, c) as Value);
    }
    return out;
  }

  private args(): Value[] {
    this.take('(');
    const args: Value[] = [];
    if (this.peek()?.text === ')') {
      this.take();
      return args;
    }
    for (;;) {
      args.push(this.comparison());
      if (this.peek()?.text === ',') {
        this.take();
        continue;
      }
      this.take(')');
      return args;
    }
  }

  private call(name: string): Value {
    const args = this.args();
    switch (name) {
      case 'SUM': {
        let total = 0;
        for (const a of args) {
          for (const v of flatten(a)) {
            if (isError(v)) return v;
            // SUM skips text in ranges, as Excel does (SPEC §7: fill.numberAsText).
            if (typeof v === 'number') total += v;
          }
        }
        return total;
      }
      case 'ROUND': {
        const x = toNumber(args[0] ?? 0);
        const d = toNumber(args[1] ?? 0);
        if (isError(x)) return x;
        if (isError(d)) return d;
        const f = 10 ** d;
        return Math.round((x + Math.sign(x) * Number.EPSILON) * f) / f;
      }
      case 'IF': {
        const c = toNumber(args[0] ?? false);
        if (isError(c)) return c;
        return (c !== 0 ? args[1] : args[2]) ?? false;
      }
      default:
        return ERR_NAME;
    }
  }
}

/** Evaluates a formula (without "="); a formula it cannot read gives #NAME?. */
export function evaluateFormula(formula: string, host: FormulaHost): Scalar {
  const tokens = tokenize(formula);
  if (!tokens) return ERR_NAME;
  try {
    const v = new Parser(tokens, host).parse();
    const first = Array.isArray(v) ? (flatten(v)[0] ?? null) : v;
    return first === undefined || Array.isArray(first) ? null : first;
  } catch {
    return ERR_NAME;
  }
}
