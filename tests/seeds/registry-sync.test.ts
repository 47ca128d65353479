import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const seeds = path.resolve(__dirname, '../../seeds');
const planFiles = readdirSync(seeds).filter((name) => name.endsWith('.json'));
const readJson = (file: string): { document: { province: string }; agencies: unknown; successions: unknown } =>
  JSON.parse(readFileSync(file, 'utf8'));

describe('seed plans and the province registries', () => {
  it.each(planFiles)('%s carries its province registry as it stands (run npm run seeds:sync-registries)', (file) => {
    const plan = readJson(path.join(seeds, file));
    const registry = readJson(path.join(seeds, 'agencies', `${plan.document.province}.json`));
    expect(plan.agencies).toEqual(registry.agencies);
    expect(plan.successions).toEqual(registry.successions);
  });
});
