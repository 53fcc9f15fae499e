/**
 * The layout of src/ as a dependency graph (dependency-cruiser): no run-time import cycle between modules or
 * between folders of src/lib; model/ (schemas, types and reference data) imports no other folder, so every
 * folder may import it; shipping code never imports tests or maintenance scripts.
 */
import { cruise, type ICruiseResult, type IFlattenedRuleSet } from 'dependency-cruiser';
import { beforeAll, describe, expect, it } from 'vitest';
import { folderCycles } from '../support/folder-cycles.ts';

const RULES: IFlattenedRuleSet = {
  forbidden: [
    {
      name: 'no-runtime-cycle',
      comment: 'A module cycle through run-time imports (type-only imports are erased and cannot make one).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'model-is-a-leaf',
      comment: 'src/lib/model is the one place every folder may import; it imports no other folder of src/lib.',
      severity: 'error',
      from: { path: '^src/lib/model/' },
      to: { path: '^src/', pathNot: '^src/lib/model/' },
    },
    {
      name: 'ships-no-test-code',
      comment: 'Test support and maintenance scripts live in tests/ and scripts/; src/ never imports them.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|scripts)/' },
    },
  ],
};

let result: ICruiseResult;
beforeAll(async () => {
  const out = await cruise(['src/lib', 'src/build', 'src/scripts', 'src/content.config.ts'], {
    ruleSet: RULES,
    validate: true,
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
  });
  result = out.output as ICruiseResult;
}, 60_000);

describe('the dependency graph of src/', () => {
  it('reads every module of src/lib', () => {
    const lib = result.modules.filter((m) => m.source.startsWith('src/lib/'));
    expect(lib.length).toBeGreaterThan(40);
    expect(lib.some((m) => m.source === 'src/lib/model/schema.ts')).toBe(true);
  });

  it('breaks none of the layout rules', () => {
    const violations = result.summary.violations.map(
      (v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`,
    );
    expect(violations).toEqual([]);
  });

  it('has no run-time import cycle between folders of src/lib', () => {
    const edges = result.modules
      .filter((m) => m.source.startsWith('src/lib/'))
      .flatMap((m) =>
        m.dependencies
          .filter((d) => d.resolved.startsWith('src/lib/') && !d.dependencyTypes.includes('type-only'))
          .map((d) => ({ from: m.source, to: d.resolved })),
      );
    expect(edges.length).toBeGreaterThan(40);
    expect(folderCycles(edges, libFolder)).toEqual([]);
  });
});

/** src/lib/<folder>/… → <folder>; a module directly in src/lib is its own folder. */
function libFolder(path: string): string {
  return path
    .replace(/^src\/lib\//, '')
    .split('/')[0]!
    .replace(/\.ts$/, '');
}

describe('folder cycle detection', () => {
  it('finds a cycle that no single module pair shows, and names its imports', () => {
    const edges = [
      { from: 'src/lib/content/a.ts', to: 'src/lib/text/b.ts' },
      { from: 'src/lib/text/c.ts', to: 'src/lib/content/d.ts' },
      { from: 'src/lib/text/b.ts', to: 'src/lib/url/e.ts' },
    ];
    expect(folderCycles(edges, libFolder)).toEqual([
      ['content → text: src/lib/content/a.ts → src/lib/text/b.ts', 'text → content: src/lib/text/c.ts → src/lib/content/d.ts'],
    ]);
    expect(folderCycles(edges.slice(0, 1).concat(edges.slice(2)), libFolder)).toEqual([]);
  });
});
