#!/usr/bin/env node
/**
 * Long fuzz run (`npm run fuzz`, or `npm run fuzz -- --runs 20000`): the fuzz properties of
 * `tests/fuzz` with many more runs than CI and a random seed, printed first so that a failure can
 * be replayed with `npm run fuzz -- --seed <seed>` (add `--path <path>` from fast-check's report
 * to go straight to the counterexample).
 */
'use strict';

const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const DEFAULT_RUNS = 5000;

function option(name) {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const runs = option('runs') ?? String(DEFAULT_RUNS);
const seed = option('seed') ?? String(Math.floor(Math.random() * 2 ** 31));
const path = option('path');
if (!/^\d+$/.test(runs) || !/^-?\d+$/.test(seed)) {
  console.error('Cách dùng / usage: npm run fuzz -- [--runs <n>] [--seed <seed>] [--path <path>]');
  process.exit(2);
}

console.log(`fuzz: ${runs} lần mỗi thuộc tính / runs per property, seed ${seed}`);
console.log(`chạy lại / replay: npm run fuzz -- --runs ${runs} --seed ${seed}`);
const jest = require.resolve('jest/bin/jest');
const result = spawnSync(process.execPath, [jest, join('tests', 'fuzz')], {
  cwd: join(__dirname, '..'),
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed, ...(path === undefined ? {} : { FUZZ_PATH: path }) },
});
process.exit(result.status ?? 1);
