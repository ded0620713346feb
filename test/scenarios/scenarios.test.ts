import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario, runScenario } from '../../server/sim/testing/scenario.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

describe('scenarios', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`${file}: meets its expectations, identically on replay`, () => {
      const scenario = loadScenario(readFileSync(join(dir, file), 'utf8'));
      const first = runScenario(scenario);
      expect(first.failures).toEqual([]);
      const second = runScenario(scenario);
      expect(second.eventLog).toEqual(first.eventLog);
      expect(second.objects).toEqual(first.objects);
    });
  }
});
