// Seed 001 (QĐ 1026/QĐ-UBND Điện Biên 2019), Bảng 1: the criteria of the CCHC index of provincial
// departments (Sở, ban, ngành), every spelling kept. The generator needs them at run time
// (`cchc generate score-sheet --criteria so`).
import seed from './dienbien_bang1.json';
import { criteriaSetOf } from './seedTable';

export const BANG_1 = criteriaSetOf(seed, 'Bảng 1');
