// Folders by where code runs: what the page, the popup and the shared contract reach, followed import by import.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const rel = (p: string) => relative(ROOT, p);

/** Every relative module a file imports, re-exports or loads dynamically at run time, resolved to a file.
 *  Type-only imports (`import type`, `import { type A }`) are erased by the build and carry no code across. */
function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const specs: string[] = [];
  for (const m of src.matchAll(/^\s*(?:import|export)\s+([^;'"]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    const clause = m[1]!.trim();
    if (/^type\b/.test(clause)) continue;
    const named = clause.match(/^\{([^}]*)\}$/);
    if (named && named[1]!.split(',').map((x) => x.trim()).filter(Boolean).every((x) => x.startsWith('type '))) continue;
    specs.push(m[2]!);
  }
  for (const m of src.matchAll(/^\s*import\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gm)) specs.push((m[1] ?? m[2])!);
  return specs.filter((s) => s.startsWith('.')).map((s) => {
    const base = resolve(dirname(file), s);
    for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
      if (existsSync(c) && statSync(c).isFile()) return c;
    }
    throw new Error(`${rel(file)} imports ${s}, which does not resolve`);
  });
}

/** The import chain from `start` to every module it reaches. */
function reach(start: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    if (!/\.tsx?$/.test(file)) continue;
    for (const dep of importsOf(file)) {
      if (chains.has(dep)) continue;
      chains.set(dep, [...chains.get(file)!, dep]);
      queue.push(dep);
    }
  }
  return chains;
}

function filesUnder(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return [abs];
  return readdirSync(abs, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(abs, e.name)] : []));
}

/** Import chains from `from` files into a forbidden folder, as readable lines. */
function violations(from: string[], forbidden: string[]): string[] {
  const bad: string[] = [];
  for (const file of from) {
    for (const [dep, chain] of reach(file)) {
      if (forbidden.some((f) => rel(dep).startsWith(f))) bad.push(chain.map(rel).join(' → '));
    }
  }
  return [...new Set(bad)];
}

describe('imports follow where code runs', () => {
  // The content script and the popup run in pages; the shared contract (messages, the report's types and slim form,
  // settings, presentation) is read by every context. Only src/grading, the background and the CLI run the engine.
  const inPages = [
    ...filesUnder('src/page'), ...filesUnder('src/popup'),
    ...['src/messages.ts', 'src/settings.ts', 'src/text-hash.ts', 'src/report', 'src/present'].flatMap(filesUnder),
    ...['entrypoints/content.ts', 'entrypoints/reader.ts'].flatMap(filesUnder), ...filesUnder('entrypoints/popup'),
  ];

  it('finds the files it checks', () => {
    expect(inPages.map(rel)).toEqual(expect.arrayContaining(['src/messages.ts', 'src/popup/App.tsx', 'src/page/controller.ts', 'src/report/stored.ts', 'src/report/export.ts']));
  });

  it('page/, popup/, the content script and the shared contract never reach engine/, grading/ or background/ at run time', () => {
    expect(violations(inPages, ['src/engine/', 'src/grading/', 'src/background/'])).toEqual([]);
  });

  // The practice catalogue is words and flags only: the page, the popup, present/ and report/ may import it, so it
  // reaches nothing but itself (no engine, no browser context, no presentation).
  it('the practice catalogue (src/practices) imports nothing outside itself', () => {
    const catalogue = filesUnder('src/practices');
    expect(catalogue.map(rel)).toEqual(expect.arrayContaining(['src/practices/index.ts', 'src/practices/retention.ts']));
    const outside = catalogue.flatMap((file) => [...reach(file)].filter(([dep]) => !rel(dep).startsWith('src/practices/')).map(([, chain]) => chain.map(rel).join(' → ')));
    expect(outside).toEqual([]);
  });

  it('nothing the extension or the command line ships imports a test file', () => {
    expect(violations([...filesUnder('src'), ...filesUnder('entrypoints')], ['test/'])).toEqual([]);
  });

  it('catches a forbidden chain (the checker itself can fail)', () => {
    // The command line reaches the engine through grading/; a rule against that must report the chain.
    expect(violations(filesUnder('src/cli/scan.ts'), ['src/engine/']).length).toBeGreaterThan(0);
  });
});
