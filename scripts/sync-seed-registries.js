#!/usr/bin/env node
/**
 * Copies each province's agency registry (`seeds/agencies/<province>.json`: agencies and
 * successions) into every seed plan of that province, so that a plan file stays self-contained
 * after an official edits the registry. `npm run seeds:sync-registries`; the test
 * `tests/seeds/registry-sync.test.ts` fails until this is run after a registry change.
 */
'use strict';

const { readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const SEEDS = join(__dirname, '..', 'seeds');

for (const file of readdirSync(SEEDS).filter((name) => name.endsWith('.json')).sort()) {
  const path = join(SEEDS, file);
  const plan = JSON.parse(readFileSync(path, 'utf8'));
  const registry = JSON.parse(readFileSync(join(SEEDS, 'agencies', `${plan.document.province}.json`), 'utf8'));
  const synced = { ...plan, agencies: registry.agencies, successions: registry.successions };
  const text = `${JSON.stringify(synced, null, 2)}\n`;
  if (text !== readFileSync(path, 'utf8')) {
    writeFileSync(path, text);
    console.log(`cập nhật / updated: ${file}`);
  }
}
