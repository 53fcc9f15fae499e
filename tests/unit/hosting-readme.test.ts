/**
 * README's hosting recipes are the tested files: the section equals what scripts/hosting-readme.mjs generates
 * from docs/hosting/, and every file there is both shown in README and started by the hosting tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECIPES, hostingSection, readmeWithSection } from '../../scripts/hosting-readme.mjs';
import { RECIPE_FILES } from '../e2e/hosting/servers.ts';

type Recipe = { server: string; files: [string, string | null, string][] };

describe("README's hosting recipes", () => {
  const readme = readFileSync('README.md', 'utf8');

  it('are generated from docs/hosting/ (run node scripts/hosting-readme.mjs --write after editing a recipe)', () => {
    expect(readmeWithSection(readme)).toBe(readme);
  });

  it('show every root recipe verbatim', () => {
    const section: string = hostingSection();
    for (const { files } of RECIPES as Recipe[]) {
      for (const [file] of files) expect(section, file).toContain(readFileSync(`docs/hosting/${file}`, 'utf8').trimEnd());
    }
  });

  it('cover every file in docs/hosting/, each of which the hosting tests start a server from', () => {
    const shown = (RECIPES as Recipe[]).flatMap(({ files }) => files.flatMap(([file, twin]) => (twin ? [file, twin] : [file])));
    const tested = Object.values(RECIPE_FILES).flatMap(({ root, subPath }) => [...root, ...subPath]);
    const inFolder = readdirSync('docs/hosting');
    expect(new Set(shown)).toEqual(new Set(inFolder));
    expect(new Set(tested)).toEqual(new Set(inFolder));
  });
});
