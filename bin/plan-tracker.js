#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build:cli` (run by `npm ci` through `prepare`).
require('../dist/cli/main.js').main();
