import type { TableKind } from '../../../report/schema';
import type { RoleOf } from '../types';

/** Header vocabulary of one table kind: data, so a new template spelling is a one-line change. */
export interface KindVocabulary<K extends TableKind> {
  kind: K;
  /** Role → the header texts seen for it (matched after normalisation, SPEC §2). */
  roles: { readonly [R in RoleOf<K>]: readonly string[] };
  /** Roles a header must have. */
  required: readonly RoleOf<K>[];
  /** Roles that tell this kind from the others; at least `minDistinctive` must be present. */
  distinctive: readonly RoleOf<K>[];
  minDistinctive: number;
  /** The column holding each row's text (task, criterion, indicator). */
  mainText: RoleOf<K>;
  /** Headers merged over other columns (not a role themselves). */
  groupHeaders?: readonly string[];
}
