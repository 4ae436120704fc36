// The data of `cchc summary` (SPEC §9.1), as plain values: what one unit's file reduces to
// (UnitDigest, small enough to cross a worker boundary and to keep 200 of), and the summary
// built from all of them (Summary: criteria sets, ranked units, flags, plan rows, issues).
import type { AreaSummary, Severity } from '../../report/schema';

/** The two unit levels of the glossary: Sở, ban, ngành / UBND huyện, thị xã, thành phố. */
export type Level = 'so' | 'huyen';

/** One issue, kept compact: the workbook's "Lỗi" sheet needs these five fields and no more. */
export type CompactIssue = readonly [sheet: string, cell: string, severity: Severity, code: string, message: string];

/** A criteria set's identity and what names it (criteria.ts). */
export interface CriteriaInfo {
  /** Canonical text of the set: criterion codes with area maxima and the total (criteria.ts). */
  key: string;
  /** "Bảng 1", "Bảng 2" … from the title block, when it says. */
  label: string | null;
  /** The table title ("CHỈ SỐ CCHC CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH"). */
  title: string | null;
  /** The level the title speaks of ("… các cơ quan chuyên môn …" → Sở), if any. */
  level: Level | null;
  maxTotal: number;
  /** Coded rows under the areas (criteria and components). */
  criteria: number;
  areas: Array<{ code: string; name: string; max: number }>;
}

export interface UnitScore {
  criteria: CriteriaInfo;
  sheet: string;
  maxTotal: number;
  applicableMax: number;
  totals: { self: number | null; appraised: number | null; rechecked: number | null; survey: number | null; final: number | null };
  index: number | null;
  rating: string | null;
  provisional: boolean;
  awaitingSurvey: number;
  notApplicable: number;
  areas: AreaSummary[];
}

export interface UnitPlan {
  tables: number;
  tasks: number;
  completed: number;
  /** Null where no plan table says which tasks are done (SPEC §9: completionPercent). */
  completionPercent: number | null;
  overdue: number;
  dueSoon: number;
}

/** Where a unit's name came from (unit.ts). */
export type NameSource = 'title' | 'file';

/** One readable file, reduced as soon as it is checked (the report and the grids are dropped). */
export interface UnitDigest {
  /** The file as the user named it (relative to the working folder). */
  file: string;
  unit: string;
  nameSource: NameSource;
  /** The level the unit's name says ("Sở …" / "UBND huyện …"), if it says. */
  level: Level | null;
  /** "UBND TỈNH ĐIỆN BIÊN", read from the title block, for the summary's own title block. */
  province: string | null;
  /** The assessment year written in the title ("… NĂM 2023"). */
  year: number | null;
  /** The unit's score sheet (the first with scores, else the first), or null. */
  score: UnitScore | null;
  plan: UnitPlan | null;
  /** Whether any CCHC table was found at all. */
  tables: number;
  issues: CompactIssue[];
}

/** A file that is not a unit's workbook: unreadable, or readable without any CCHC table. */
export interface Unreadable {
  file: string;
  reason: string;
}

/** A criteria set of the summary, named for people ("Bảng 1 (Sở, 100 điểm, 133 tiêu chí)"). */
export interface CriteriaSet {
  /** Short stable id (hash of the key), e.g. "b1f3a9c2". */
  id: string;
  name: string;
  info: CriteriaInfo;
  level: Level | null;
}

export interface RankedUnit {
  digest: UnitDigest;
  /** Competition rank inside the set (1, 2, 2, 4); null without an index. */
  rank: number | null;
  /** Position inside the set, 1-based (STT). */
  order: number;
  errors: number;
  warnings: number;
  /** The summary's own findings on this unit (summary.duplicateUnit, summary.criteriaMismatch). */
  flags: CompactIssue[];
  duplicate: boolean;
}

export interface SetRanking {
  /** Null for the units whose files hold no score sheet. */
  set: CriteriaSet | null;
  units: RankedUnit[];
}

export interface Summary {
  sets: SetRanking[];
  unreadable: Unreadable[];
  /** Units in a stable reading order (Vietnamese name order), for the plan and issue sheets. */
  byName: RankedUnit[];
  year: number | null;
  province: string | null;
}
