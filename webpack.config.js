// webpack 5 builds two things: the `cchc` CLI as one Node file (start-up is most of a small
// check: NOTES.md) and the add-in's task pane for the browser (dist/addin).
const path = require('path');
const webpack = require('webpack');

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
};

/** @returns {import('webpack').Configuration} */
function cliConfig() {
  return {
    name: 'cli',
    mode: 'production',
    target: 'node20',
    // The summary's worker threads load their own file (cchc summary --jobs N, issue 9).
    entry: { cchc: './src/cli/index.ts', summaryWorker: './src/cli/summaryWorker.ts' },
    output: { path: path.resolve(__dirname, 'dist/cli'), filename: '[name].js' },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: { rules: [tsRule] },
    // ExcelJS (3 MB bundled) is only for writing cchc summary's workbook: loaded from node_modules
    // when that command writes, so it never slows the start-up of cchc check.
    externals: { exceljs: 'commonjs exceljs' },
    // One file per entry: modules are still evaluated only when first required.
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 2 }),
      new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, include: /^cchc\.js$/ }),
      // `npx cchc` executes the file itself.
      {
        apply(compiler) {
          compiler.hooks.afterEmit.tap('ExecutableBin', () => {
            const fs = require('fs');
            const file = path.resolve(__dirname, 'dist/cli/cchc.js');
            if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
          });
        },
      },
    ],
    optimization: { minimize: false },
    devtool: false,
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

/**
 * The Excel add-in (dist/addin): the task pane and the ribbon's function file, their HTML (which
 * loads Office.js from Microsoft's CDN, as Office requires), the icons and the manifest.
 * `webpack serve --env target=addin` serves it on https://localhost:3000 with the
 * office-addin-dev-certs certificates. env.outDir builds elsewhere (the tests do).
 * @returns {import('webpack').Configuration}
 */
function addinConfig(env = {}) {
  const fs = require('fs');
  const os = require('os');
  const HtmlWebpackPlugin = require('html-webpack-plugin');
  const CopyWebpackPlugin = require('copy-webpack-plugin');
  const serving = Boolean(env.WEBPACK_SERVE);
  const outDir = path.resolve(__dirname, env.outDir || 'dist/addin');
  /** @type {import('webpack').Configuration} */
  const config = {
    name: 'addin',
    context: __dirname,
    mode: serving ? 'development' : 'production',
    target: 'web',
    entry: { taskpane: './src/addin/taskpane.tsx', commands: './src/addin/commands.ts' },
    output: { path: outDir, filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules out of TypeScript, so webpack can drop the Fluent UI parts the pane never uses.
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'es2020', sourceMap: serving } },
          },
        },
      ],
    },
    // Never an eval-* devtool: no eval in the bundle (SPEC §11), whatever the mode.
    devtool: serving ? 'source-map' : false,
    // `global` is the page's globalThis: without this webpack adds a helper that calls
    // `new Function("return this")`, which no eval also rules out.
    node: { global: false },
    plugins: [
      new webpack.DefinePlugin({ global: 'globalThis' }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/addin/taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/addin/commands.html', chunks: ['commands'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
  };
  if (serving) {
    // The certificates `npx office-addin-dev-certs install` puts in ~/.office-addin-dev-certs
    // (env.certDir reads them from elsewhere).
    const dir = env.certDir ? path.resolve(env.certDir) : path.join(os.homedir(), '.office-addin-dev-certs');
    const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
    const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(dir, f)));
    if (missing.length) {
      throw new Error(
        `Missing development certificates in ${dir} (${missing.join(', ')}).\n` +
          'Install them once with:  npx office-addin-dev-certs install\n' +
          '(it adds a local certificate authority so Excel trusts https://localhost:3000).',
      );
    }
    const read = (f) => fs.readFileSync(path.join(dir, f));
    config.devServer = {
      port: 3000,
      server: { type: 'https', options: { key: read(files.key), cert: read(files.cert), ca: read(files.ca) } },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: false },
    };
  }
  return config;
}

module.exports = (env = {}) => {
  const configs = { cli: cliConfig, addin: addinConfig };
  if (env.target) return configs[env.target](env);
  return Object.values(configs).map((make) => make(env));
};
