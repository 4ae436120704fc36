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
    entry: { cchc: './src/cli/index.ts' },
    output: { path: path.resolve(__dirname, 'dist/cli'), filename: '[name].js' },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: { rules: [tsRule] },
    // One file: modules are still evaluated only when first required.
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true }),
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

module.exports = (env = {}) => {
  const configs = { cli: cliConfig };
  if (env.target) return configs[env.target](env);
  return Object.values(configs).map((make) => make(env));
};
