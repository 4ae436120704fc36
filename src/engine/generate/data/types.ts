// The seed tables the generator lays out (SPEC §9 `cchc generate`), as plain data. Every string
// is the seed's own text: a form generated from them reads like the official one.

/** A criterion of a criteria set (seed 001 Bảng 1 / Bảng 2). */
export interface CriterionSeed {
  /** "1", "1.1", "1.1.1". */
  code: string;
  name: string;
  /** As written: "22", "9,5", "0.5", "+/-3". */
  max: string;
  /** "" or "ĐTXHH" (scored by sociological survey, SPEC §2.3). */
  note: string;
}

export interface CriteriaSet {
  /** "Bảng 1", "Bảng 2". */
  label: string;
  title: string;
  subtitle: string;
  /** The closing row ("TỔNG ĐIỂM", 100). */
  total: { name: string; max: string };
  criteria: CriterionSeed[];
  /**
   * Codes a generated form corrects, by index in `criteria`: a numbering slip of the published
   * table that would make the form fail its own check (SPEC §4.1 code.wrongParent).
   */
  codeFixes?: Readonly<Record<number, string>>;
}

/** A Roman section of Phụ lục I (seed 004). */
export interface PhuLuc1Section {
  code: string;
  title: string;
}

/** A row of Phụ lục II (seed 004): the same shape as test/fixtures/seeds/types.ts PhuLuc2_2024Row. */
export interface PhuLuc2Row {
  /** The Roman section the row belongs to. */
  section: 'I' | 'II';
  /** "I", "II" on section rows; "1", "1.1" …; "" on un-numbered sub-indicators. */
  code: string;
  indicator: string;
  /** "Đơn vị tính" as written ("" where the seed has none). */
  unit: string;
}

/** The lines of a form's title block that the seed gives. */
export interface FormTitle {
  label: string;
  /** The title in capitals; "NĂM…" is completed with the year where the seed leaves it open. */
  title: string;
}
