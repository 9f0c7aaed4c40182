// The layout's import graph, read from the source: no module imports itself back through others, and no folder of
// lib/ imports another that imports it (the direction between folders is enforced by `npm run lint`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE_DIRS = ['lib', 'app', 'jobs'];
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];
const IMPORT_RE =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === 'generated' || entry === 'node_modules') return [];
    if (statSync(full).isDirectory()) return listSources(full);
    return /\.(ts|tsx|mjs)$/.test(entry) && !/\.test\.ts$/.test(entry) && !entry.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.(ts|tsx|mjs)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Module → the project modules it imports. */
function readImportGraph(): Map<string, string[]> {
  const files = SOURCE_DIRS.flatMap((dir) => listSources(path.join(ROOT, dir)));
  return new Map(
    files.map((file) => {
      const text = readFileSync(file, 'utf8');
      const targets = [...text.matchAll(IMPORT_RE)]
        .map((match) => resolveImport(file, match[1] ?? match[2] ?? match[3]!))
        .filter((target): target is string => target !== null);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** Strongly connected components with more than one member (Tarjan): each is an import cycle. */
function findCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.map((file) => path.relative(ROOT, file)).sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/** lib/<folder> (lib/pipeline/<stage> for the pipeline's stages), app or jobs. */
function folderOf(file: string): string {
  const parts = path.relative(ROOT, file).split(path.sep);
  if (parts[0] !== 'lib') return parts[0]!;
  if (parts.length === 2) return `lib/${parts[1]!.replace(/\.ts$/, '')}`;
  return parts[1] === 'pipeline' && parts.length > 3 ? `lib/pipeline/${parts[2]}` : `lib/${parts[1]}`;
}

describe('import graph', () => {
  const graph = readImportGraph();

  test('reads the project (sanity: the pipeline imports its stages)', () => {
    const prepare = [...graph.keys()].find((file) => file.endsWith('lib/pipeline/prepare.ts'))!;
    expect(graph.get(prepare)!.map((file) => path.relative(ROOT, file))).toContain('lib/pipeline/stance/label.ts');
  });

  test('has no cycle between modules', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  test('has no cycle between folders', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      const list = folders.get(from) ?? [];
      for (const target of targets) if (folderOf(target) !== from) list.push(folderOf(target));
      folders.set(from, [...new Set(list)]);
    }
    expect(findCycles(folders)).toEqual([]);
  });
});
