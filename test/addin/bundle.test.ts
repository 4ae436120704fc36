// The built add-in (dist/addin): no eval, Office.js from Microsoft's CDN and nothing else from the
// network, a reasonable size, icons that the generator can make again, and a dev server that
// asks for certificates instead of installing them.
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import type { Configuration } from 'webpack';
import { buildAddin, type AddinBuild } from './build';
import { ICON_SIZES, iconPath, iconPng, pngSize } from './icons';

const ROOT = path.resolve(__dirname, '..', '..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const load = createRequire(__filename);

let build: AddinBuild;

beforeAll(async () => {
  build = await buildAddin();
}, 600_000);

test.each(['taskpane.js', 'commands.js'])('%s holds no eval and no Function constructor', (file) => {
  const js = fs.readFileSync(path.join(build.prodDir, file), 'utf8');
  expect(js).not.toMatch(/\beval\s*\(/);
  expect(js).not.toMatch(/new\s+Function\s*\(/);
  // Nor `Function("…")` called bare, the other way to compile a string.
  expect(js).not.toMatch(/(^|[^\w.$])Function\s*\(/);
  expect(js).not.toMatch(/sourceMappingURL=data:/);
});

test.each(['taskpane.html', 'commands.html'])('%s loads Office.js from the CDN and nothing else from the network', (file) => {
  const html = fs.readFileSync(path.join(build.prodDir, file), 'utf8');
  // Minified HTML may leave attribute values unquoted.
  const external = [...html.matchAll(/(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((u) => /^(https?:)?\/\//.test(u));
  expect(external).toEqual([OFFICE_JS]);
  // Office.js comes before the bundle, which needs `Office` when it runs.
  expect(html.indexOf(OFFICE_JS)).toBeLessThan(html.indexOf(file.replace('.html', '.js')));
});

test('the task pane bundle stays under 1 MB', () => {
  // Recorded for the README section: React DOM, Fluent UI (tree-shaken), zod (via the engine's
  // config module), the engine and the pane.
  expect(build.sizes['taskpane.js']).toBeLessThan(1024 * 1024);
});

test('the icons are the generator’s output, at their sizes', () => {
  for (const size of ICON_SIZES) {
    const file = fs.readFileSync(iconPath(ROOT, size));
    expect(pngSize(file)).toEqual({ width: size, height: size });
    expect(file.equals(iconPng(size))).toBe(true);
  }
});

describe('npm start (webpack serve --env target=addin)', () => {
  const makeConfig = load(path.join(ROOT, 'webpack.config.js')) as (env: Record<string, unknown>) => Configuration & {
    devServer?: { port?: number; server?: { type?: string } };
  };
  let certDir = '';

  beforeEach(() => {
    certDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-certs-'));
  });

  afterEach(() => {
    fs.rmSync(certDir, { recursive: true, force: true });
  });

  test('without certificates it says how to install them, and installs nothing', () => {
    expect(() => makeConfig({ target: 'addin', WEBPACK_SERVE: true, certDir })).toThrow(/npx office-addin-dev-certs install/);
    expect(fs.readdirSync(certDir)).toEqual([]);
  });

  test('with certificates it serves HTTPS on localhost:3000, with no eval source maps', () => {
    for (const f of ['localhost.key', 'localhost.crt', 'ca.crt']) fs.writeFileSync(path.join(certDir, f), 'test');
    const config = makeConfig({ target: 'addin', WEBPACK_SERVE: true, certDir });
    expect(config.devServer?.port).toBe(3000);
    expect(config.devServer?.server?.type).toBe('https');
    expect(String(config.devtool)).not.toMatch(/eval/);
  });

  test('the production build uses no devtool at all', () => {
    expect(makeConfig({ target: 'addin' }).devtool).toBe(false);
  });
});
