/**
 * Tests only: cycles between folders in a module graph. dependency-cruiser finds cycles between modules; a
 * cycle between folders (content/a.ts → text/b.ts → content/c.ts) is a layering problem even when no module
 * cycle exists, so the folder graph is checked here.
 */

/** A run-time import from one module to another (paths relative to the project root). */
export interface Edge {
  from: string;
  to: string;
}

/** Every folder cycle as a list of folders, each with the module imports that make its edges. */
export function folderCycles(edges: readonly Edge[], folderOf: (path: string) => string): string[][] {
  const graph = new Map<string, Map<string, string[]>>();
  for (const { from, to } of edges) {
    const [a, b] = [folderOf(from), folderOf(to)];
    if (a === b) continue;
    const out = graph.get(a) ?? new Map<string, string[]>();
    out.set(b, [...(out.get(b) ?? []), `${from} → ${to}`]);
    graph.set(a, out);
  }
  // Tarjan's strongly connected components: every component of more than one folder holds a cycle.
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
  return components.map((folders) =>
    folders.flatMap((a) => folders.flatMap((b) => (graph.get(a)?.get(b) ?? []).map((edge) => `${a} → ${b}: ${edge}`))),
  );
}
