#!/usr/bin/env node
// Entry point of the bundled `cchc` binary.
import { processIo } from './io';
import { main } from './main';

// `cchc check … | head`: the reader closed the pipe; stop quietly, never with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
