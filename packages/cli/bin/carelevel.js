#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in ../dist (built by `npm install` via the root prepare script).
import { main } from '../dist/main.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // Last-resort guard: never show a stack trace to a user.
    process.stderr.write(`carelevel: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
