// Table detection (SPEC §2). (Being written.)
import type { WorkbookGrids } from '../grid';
import type { DetectedTable } from './types';

export function detectTables(_wb: WorkbookGrids): DetectedTable[] {
  return [];
}
