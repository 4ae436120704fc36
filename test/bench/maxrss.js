// Preloaded into a benchmarked process: prints its peak resident memory on exit.
process.on('exit', () => {
  require('fs').writeSync(2, `\nCCHC_BENCH_MAXRSS_KB ${process.resourceUsage().maxRSS}\n`);
});
