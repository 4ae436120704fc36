// A workbook printed to PDF by LibreOffice headless (through the recalculating conversion queue of
// libreoffice.ts), measured with poppler-utils: page count and size (pdfinfo), each page's text
// (pdftotext) and a PNG of a page (pdftoppm), so a test can say "one page wide, landscape A4,
// the header on every page" and a person can look at the render (issue 8).
import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { convertWithLibreOffice } from './libreoffice';

/** Where generated renders are kept for people to look at (git-ignored). */
export const ARTIFACTS = resolve(__dirname, '../../test-artifacts/generate');

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd} could not start: ${r.error.message} (install poppler-utils)`);
  if (r.status !== 0) throw new Error(`${cmd} exited with ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** Prints a workbook to PDF with LibreOffice and copies the PDF to `out`. */
export async function toPdf(xlsx: string, out: string): Promise<string> {
  const files = await convertWithLibreOffice(xlsx, 'pdf:calc_pdf_Export');
  const pdf = files.find((f) => f.endsWith('.pdf'));
  if (!pdf) throw new Error(`LibreOffice wrote no PDF for ${xlsx}: ${files.join(', ')}`);
  mkdirSync(dirname(out), { recursive: true });
  copyFileSync(pdf, out);
  return out;
}

export interface PdfPage {
  /** Points. */
  width: number;
  height: number;
  orientation: 'portrait' | 'landscape';
}

export interface PdfInfo {
  pages: PdfPage[];
}

const PAGE_SIZE_RE = /^Page\s+\d+\s+size:\s+([\d.]+)\s+x\s+([\d.]+)/gm;

/** Every page's size, from `pdfinfo -f 1 -l N`. */
export function pdfInfo(pdf: string): PdfInfo {
  const count = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
  const text = run('pdfinfo', ['-f', '1', '-l', String(count), pdf]);
  const pages: PdfPage[] = [];
  for (const m of text.matchAll(PAGE_SIZE_RE)) {
    const width = Number(m[1]);
    const height = Number(m[2]);
    pages.push({ width, height, orientation: width > height ? 'landscape' : 'portrait' });
  }
  return { pages };
}

/** The text of each page (pdftotext keeps the layout; pages end with a form feed). */
export function pageTexts(pdf: string): string[] {
  const pages = run('pdftotext', ['-layout', pdf, '-']).split('\f');
  if (pages.length && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

/** A PNG of one page at `dpi` (pdftoppm -png -r 60 -f N -l N), written to `outPng`. */
export function renderPage(pdf: string, outPng: string, page = 1, dpi = 60): string {
  mkdirSync(dirname(outPng), { recursive: true });
  const base = outPng.replace(/\.png$/, '');
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, base]);
  return `${base}.png`;
}

export function artifact(name: string): string {
  return join(ARTIFACTS, name);
}
