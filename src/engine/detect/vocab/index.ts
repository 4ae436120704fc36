import type { TableKind } from '../../../report/schema';
import { assignmentVocabulary } from './assignment';
import { planTasksVocabulary } from './planTasks';
import { scoreSheetVocabulary } from './scoreSheet';
import { statisticsVocabulary } from './statistics';
import type { KindVocabulary } from './types';

export type AnyVocabulary = { [K in TableKind]: KindVocabulary<K> }[TableKind];

/** In order of precedence when one header fits two kinds (a criteria table with plan columns is a score sheet). */
export const VOCABULARIES: readonly AnyVocabulary[] = [
  scoreSheetVocabulary,
  statisticsVocabulary,
  assignmentVocabulary,
  planTasksVocabulary,
];

export type { KindVocabulary } from './types';
