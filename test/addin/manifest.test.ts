// manifest.xml checked offline (issue 7): it passes, and the check fails on each kind of mistake
// Office would refuse — tested by breaking a copy of the manifest (or of the build) on purpose.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildAddin, type AddinBuild } from './build';
import { checkManifest, type ManifestCheckOptions } from './manifestCheck';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

let build: AddinBuild;
let opts: ManifestCheckOptions;

beforeAll(async () => {
  build = await buildAddin();
  opts = { distDir: build.prodDir, baseUrl: 'https://localhost:3000', requiredLocales: ['en-US'] };
}, 600_000);

function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`mutation did not apply: ${String(from)}`);
  return out;
}

/** Moves the element that starts with `what` (a whole line block) to before the one starting with `before`. */
function moveBefore(xml: string, what: RegExp, before: string): string {
  const m = what.exec(xml);
  if (!m) throw new Error(`no ${String(what)}`);
  const without = xml.replace(m[0], '');
  const at = without.indexOf(before);
  if (at < 0) throw new Error(`no ${before}`);
  return without.slice(0, at) + m[0] + without.slice(at);
}

test('manifest.xml passes the offline check against the build', () => {
  expect(checkManifest(MANIFEST, opts)).toEqual([]);
});

test('the build ships the manifest and every icon size', () => {
  expect(fs.readFileSync(path.join(build.prodDir, 'manifest.xml'), 'utf8')).toBe(MANIFEST);
  for (const size of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(build.prodDir, 'assets', `icon-${size}.png`))).toBe(true);
});

test('the manifest declares Excel, the Home tab button, vi-VN with en-US, ExcelApi 1.13', () => {
  expect(MANIFEST).toMatch(/<Host Name="Workbook"\/>/);
  expect(MANIFEST).toMatch(/<OfficeTab id="TabHome">/);
  expect(MANIFEST).toMatch(/<Action xsi:type="ShowTaskpane">/);
  expect(MANIFEST).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
  expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1.13"\/>/);
});

const MUTATIONS: Array<[string, (xml: string) => string, RegExp]> = [
  ['an icon URL to a file the build lacks', (x) => replaceOnce(x, 'assets/icon-80.png"/>', 'assets/icon-99.png"/>'), /Icon\.80x80.*not in the build/],
  ['an icon of the wrong size', (x) => replaceOnce(x, '"Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"', '"Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"'), /is 32×32, not 16×16/],
  ['a wrong requirement set name', (x) => replaceOnce(x, '<Set Name="ExcelApi"', '<Set Name="ExcelWorkbookApi"'), /"ExcelWorkbookApi" is not a requirement set name/],
  ['an ExcelApi version that does not exist', (x) => replaceOnce(x, 'MinVersion="1.13"', 'MinVersion="1.99"'), /ExcelApi 1\.99 does not exist/],
  ['Version before Id', (x) => moveBefore(x, /\s*<Version>[^<]*<\/Version>/, '\n  <Id>'), /out of order|missing/],
  ['Requirements before Hosts', (x) => moveBefore(x, /\s*<Requirements>[\s\S]*?<\/Requirements>/, '\n  <Hosts>'), /<Hosts> is out of order|out of order/],
  ['Supertip Description before Title', (x) => moveBefore(x, /\s*<Description resid="TaskpaneButton.Tooltip"\/>/, '\n                    <Title resid="TaskpaneButton.Label"/>'), /Supertip: .*(missing|out of order)/],
  ['Resources before Hosts in VersionOverrides', (x) => moveBefore(x, /\s*<Resources>[\s\S]*<\/Resources>/, '\n    <Hosts>'), /VersionOverrides: <Hosts> is out of order/],
  ['an element under the wrong parent', (x) => replaceOnce(x, '<Permissions>ReadWriteDocument</Permissions>', ''), /<Permissions> is missing/],
  ['a tag left open', (x) => replaceOnce(x, '</DefaultSettings>', ''), /not well-formed XML/],
  ['an id that is not a GUID', (x) => replaceOnce(x, /<Id>[^<]*<\/Id>/, '<Id>cchc-addin</Id>'), /is not a GUID/],
  ['an icon list without the 80×80 image', (x) => replaceOnce(x, /\s*<bt:Image size="80" resid="Icon.80x80"\/>/, ''), /lacks the mandatory 80×80 image/],
  ['a resid that names no resource', (x) => replaceOnce(x, '<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Missing"/>'), /resid "Taskpane.Missing" is not in Resources\/Urls/],
  ['a string without its English override', (x) => replaceOnce(x, /\s*<bt:Override Locale="en-US" Value="Check CCHC"\/>/, ''), /TaskpaneButton.Label: no en-US override/],
  ['a plain http URL', (x) => replaceOnce(x, 'https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'), /is not an https URL/],
  ['a button label over 125 characters', (x) => replaceOnce(x, 'DefaultValue="Kiểm tra CCHC"', `DefaultValue="${'x'.repeat(126)}"`), /1 to 125 characters/],
];

test.each(MUTATIONS)('the check fails on %s', (_name, mutate, expected) => {
  const errors = checkManifest(mutate(MANIFEST), opts);
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.join('\n')).toMatch(expected);
});

test('the check fails when an icon the manifest names is missing from the build', () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-dist-'));
  try {
    fs.cpSync(build.prodDir, copy, { recursive: true });
    fs.rmSync(path.join(copy, 'assets', 'icon-16.png'));
    const errors = checkManifest(MANIFEST, { ...opts, distDir: copy });
    expect(errors.join('\n')).toMatch(/Icon\.16x16: https:\/\/localhost:3000\/assets\/icon-16\.png is not in the build/);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});
