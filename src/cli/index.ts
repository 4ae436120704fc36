#!/usr/bin/env node
// Entry point of the bundled `cchc` binary.
import { processIo } from './io';
import { main } from './main';

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
