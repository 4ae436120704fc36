// Seed 001 (QĐ 1026/QĐ-UBND Điện Biên 2019), Bảng 2: the criteria of the CCHC index of districts
// (UBND huyện, thị xã, thành phố), every spelling kept (`cchc generate score-sheet --criteria huyen`).
import seed from './dienbien_bang2.json';
import { criteriaSetOf } from './seedTable';

// The seed numbers the four criteria under 5.11 "5.10.1"–"5.10.4" (their maxima 0,5 + 0,5 + 1 +
// 0,5 make 5.11's 2,5): a generated form numbers them 5.11.1–5.11.4 so it checks clean.
export const BANG_2 = criteriaSetOf(seed, 'Bảng 2', { 91: '5.11.1', 92: '5.11.2', 93: '5.11.3', 94: '5.11.4' });
