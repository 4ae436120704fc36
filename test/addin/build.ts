// Builds the add-in for the tests, once per content: the production build (webpack.config.js,
// target addin) and a test build (the pane mounted on the in-memory Excel, and a stand-in for
// office.js). Builds are cached in the system temp folder under a hash of every input, so test
// files share one build, a change to any source rebuilds, and parallel jest workers wait for the
// one that builds (a lock directory).
import { createHash } from 'crypto';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import type { Configuration, Stats } from 'webpack';

const ROOT = path.resolve(__dirname, '..', '..');
const load = createRequire(__filename);

export interface AddinBuild {
  /** The production build (what dist/addin holds after `npm run build:addin`). */
  prodDir: string;
  /** The test pages: pane.html (pane on the in-memory Excel) and office-stub.js. */
  testDir: string;
  /** Sizes of the production assets, bytes. */
  sizes: Record<string, number>;
}

function filesUnder(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(p, out);
    else out.push(p);
  }
  return out;
}

function inputHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...filesUnder(path.join(ROOT, 'src')),
    ...filesUnder(path.join(ROOT, 'test/addin')).filter((f) => !f.endsWith('.test.ts')),
    ...filesUnder(path.join(ROOT, 'test/fixtures/seeds')),
    ...filesUnder(path.join(ROOT, 'assets')).filter((f) => /icon-\d+\.png$/.test(f)),
    path.join(ROOT, 'manifest.xml'),
    path.join(ROOT, 'webpack.config.js'),
    path.join(ROOT, 'tsconfig.json'),
    path.join(ROOT, 'package-lock.json'),
  ].sort();
  for (const f of files) {
    if (!fs.existsSync(f)) continue;
    hash.update(path.relative(ROOT, f));
    hash.update(fs.readFileSync(f));
  }
  return hash.digest('hex').slice(0, 16);
}

function testConfig(base: Configuration, outDir: string): Configuration {
  const HtmlWebpackPlugin = load('html-webpack-plugin') as new (options: Record<string, unknown>) => NonNullable<Configuration['plugins']>[number];
  return {
    name: 'addin-test',
    mode: 'development',
    // No eval-based source maps here either: the page must run under the same rules.
    devtool: false,
    target: 'web',
    context: ROOT,
    entry: { pane: './test/addin/browser/testPane.tsx', 'office-stub': './test/addin/browser/officeStub.ts' },
    output: { path: outDir, filename: '[name].js', clean: true },
    resolve: base.resolve,
    module: base.module,
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'pane.html',
        chunks: ['pane'],
        scriptLoading: 'defer',
        templateContent: '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CCHC test pane</title></head><body><div id="root"></div></body></html>',
      }),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

async function runWebpack(configs: Configuration[]): Promise<Stats[]> {
  const webpack = load('webpack') as (c: Configuration[]) => import('webpack').MultiCompiler;
  const compiler = webpack(configs);
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (!stats) return reject(new Error('webpack gave no stats'));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats.stats);
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export async function buildAddin(): Promise<AddinBuild> {
  const dir = path.join(os.tmpdir(), `cchc-addin-build-${inputHash()}`);
  const done = path.join(dir, 'done.json');
  const lock = path.join(dir, 'lock');
  fs.mkdirSync(dir, { recursive: true });
  for (;;) {
    if (fs.existsSync(done)) return JSON.parse(fs.readFileSync(done, 'utf8')) as AddinBuild;
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another worker builds; a lock older than 10 minutes belongs to a build that died.
      const age = Date.now() - (fs.existsSync(lock) ? fs.statSync(lock).mtimeMs : Date.now());
      if (age > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    const makeConfig = load(path.join(ROOT, 'webpack.config.js')) as (env: Record<string, unknown>) => Configuration;
    const prodDir = path.join(dir, 'prod');
    const testDir = path.join(dir, 'test');
    const prod = makeConfig({ target: 'addin', outDir: prodDir });
    prod.context = ROOT;
    await runWebpack([prod, testConfig(prod, testDir)]);
    const sizes: Record<string, number> = {};
    for (const f of filesUnder(prodDir)) sizes[path.relative(prodDir, f)] = fs.statSync(f).size;
    const build: AddinBuild = { prodDir, testDir, sizes };
    fs.writeFileSync(done, JSON.stringify(build, null, 2));
    return build;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
