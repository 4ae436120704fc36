// Builds the `cchc` bundle before the tests that run it as a process, when src/ is newer than
// the bundle (CCHC_SKIP_BUILD=1 skips it; CI=true always builds).
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

module.exports = async () => {
  if (process.env.CCHC_SKIP_BUILD === '1') return;
  const root = path.resolve(__dirname, '..');
  const bin = path.join(root, 'dist/cli/cchc.js');
  const stale =
    process.env.CI === 'true' || !fs.existsSync(bin) || fs.statSync(bin).mtimeMs < newestMtime(path.join(root, 'src'));
  if (!stale) return;
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--config', 'webpack.config.js', '--env', 'target=cli'], {
    cwd: root,
    stdio: 'inherit',
  });
};
