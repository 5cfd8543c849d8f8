import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { BuildEnvironmentOptions, Plugin, Rollup } from 'vite';

type ModuleInfo = Rollup.ModuleInfo;
import { parseScenario } from './src/scenario/format.ts';
import { scenarioData } from './src/scenario/render.ts';
import { lateSizes } from './src/worker/late-sizes.ts';
import { perlLibTiers } from './src/worker/perl-lib-tiers.ts';
import { PERL_LIB_FILES } from './src/perl-lib/files.generated.ts';
import { FILES_ON_DEMAND, ON_DEMAND, exportTable, filesStandInCode, standInCode } from './src/worker/on-demand-build.ts';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const SCENARIOS_ID = 'virtual:terrarium-scenarios';

/** `virtual:terrarium-scenarios`: every scenarios/*.yaml, parsed at build time (the page
 *  needs no YAML parser for them): [{ name, data }]. */
function scenariosPlugin(): Plugin {
  const dir = path.join(ROOT, 'scenarios');
  return {
    name: 'terrarium-scenarios',
    resolveId: (id) => (id === SCENARIOS_ID ? `\0${SCENARIOS_ID}` : null),
    load(id) {
      if (id !== `\0${SCENARIOS_ID}`) return null;
      const list = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => {
        this.addWatchFile(path.join(dir, f));
        const s = parseScenario(readFileSync(path.join(dir, f), 'utf8'), `scenarios/${f}`);
        return { name: f.replace(/\.yaml$/, ''), data: scenarioData(s) };
      });
      return `export default ${JSON.stringify(list)};`;
    },
  };
}

const LATE_SIZES_ID = 'virtual:terrarium-late-sizes';
const PERL_LIB_PARTS = {
  'virtual:terrarium-perl-lib-first': 'first',
  'virtual:terrarium-perl-lib-chapter': 'chapter',
  'virtual:terrarium-perl-lib-more': 'more',
} as const;
const ON_DEMAND_PREFIX = '\0terrarium-on-demand:';
const GATED_PREFIX = '\0terrarium-gated:';
const FILES_PREFIX = '\0terrarium-files-on-demand:';

/**
 * The page's worker keeps out of its script what the first prompt does not need:
 * - on the reader's first keystroke (src/worker/late-files.ts): the Perl engine
 *   (src/perl/index.ts) and the Perl modules the chapter's steps use, swapped for
 *   stand-ins that load them as chunks of their own (the script keeps their sizes);
 *   and the regex engine the shell's `[[ =~ ]]` uses (src/worker/regex-lazy.ts);
 * - when a process first opens one of their files (src/worker/file-gate.ts; the
 *   programs boot.ts installs are gated): the Perl modules the chapter's code blocks
 *   use, the rest of the library (src/worker/perl-lib-tiers.ts), with the natives of
 *   the modules there (src/perl/natives-late.ts), the manual pages;
 * - when a host of the simulated internet is first asked: its site (src/net/hosts/sites.ts);
 * - when one of them first runs (src/worker/on-demand.ts): the programs neither boot
 *   nor the chapter runs (src/worker/on-demand-build.ts), swapped in their aggregator's
 *   imports only.
 */
function lateWorkerPartsPlugin(): Plugin {
  const at = (p: string) => path.join(ROOT, p);
  const swaps = new Map([
    [at('src/perl/index.ts'), at('src/worker/perl-engine-lazy.ts')],
    [at('src/perl-lib/index.ts'), at('src/worker/perl-lib-lazy.ts')],
    [at('src/worker/late-inline.ts'), at('src/worker/late-lazy.ts')],
    [at('src/perl/natives-late.ts'), at('src/worker/natives-late-lazy.ts')],
    [at('src/net/hosts/sites.ts'), at('src/worker/sites-lazy.ts')],
  ]);
  const standIns = new Set(swaps.values());
  const onDemand = new Map(Object.entries(ON_DEMAND).map(([file, aggregator]) => [at(file), at(aggregator)]));
  const filesOnDemand = new Map(Object.entries(FILES_ON_DEMAND).map(([file, spec]) => [at(file), at(spec.aggregator)]));
  // The shell's `[[ =~ ]]` takes the regex engine late (the Perl engine's chunk shares it).
  const regexForShell = new Map([[at('src/regex/posix.ts'), at('src/worker/regex-lazy.ts')], [at('src/regex/index.ts'), at('src/worker/regex-lazy.ts')]]);
  const shellCond = at('src/shell/cond-eval.ts');
  standIns.add(at('src/worker/regex-lazy.ts'));
  const boot = at('src/system/boot.ts');
  const gated = new Set(['src/programs/index.ts', 'src/shell/index.ts', 'src/nettools/index.ts'].map(at));
  return {
    name: 'terrarium-late-worker-parts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === LATE_SIZES_ID || source in PERL_LIB_PARTS) return `\0${source}`;
      if (!importer || !source.startsWith('.') || standIns.has(importer)) return null;
      const target = path.resolve(path.dirname(importer), source);
      if (onDemand.get(target) === importer) return ON_DEMAND_PREFIX + target;
      if (filesOnDemand.get(target) === importer) return FILES_PREFIX + target;
      if (importer === boot && gated.has(target)) return GATED_PREFIX + target;
      if (importer === shellCond && regexForShell.has(target)) return regexForShell.get(target)!;
      return swaps.get(target) ?? null;
    },
    load: {
      // Only the modules this plugin makes.
      filter: { id: /^\0(terrarium-|virtual:terrarium-)/ },
      handler(id) {
        if (id.startsWith(ON_DEMAND_PREFIX)) return standInModule(id.slice(ON_DEMAND_PREFIX.length));
        if (id.startsWith(GATED_PREFIX)) return gatedModule(id.slice(GATED_PREFIX.length));
        if (id.startsWith(FILES_PREFIX)) return filesModule(id.slice(FILES_PREFIX.length));
        const part = PERL_LIB_PARTS[id.slice(1) as keyof typeof PERL_LIB_PARTS];
        if (part) {
          const paths = perlLibTiers(PERL_LIB_FILES)[part];
          return `export default ${JSON.stringify(Object.fromEntries(paths.map((p) => [p, PERL_LIB_FILES[p]])))};`;
        }
        if (id !== `\0${LATE_SIZES_ID}`) return null;
        return `export default ${JSON.stringify(lateSizes(at('src/perl/lib')))};`;
      },
    },
  };
}

/** An area's aggregator as boot.ts sees it: the same exports, its programs gated. */
function gatedModule(file: string): string {
  return [
    `export * from ${JSON.stringify(file)};`,
    `import { programs as all } from ${JSON.stringify(file)};`,
    `import { gatePrograms } from ${JSON.stringify(path.join(ROOT, 'src/worker/file-gate.ts'))};`,
    'export function programs() { return gatePrograms(all()); }',
    '',
  ].join('\n');
}

/** The stand-in for program module `file`: the real module, run in Node, says which
 *  programs it installs under which names. */
async function standInModule(file: string): Promise<string> {
  const { tsImport } = await import('tsx/esm/api');
  const mod = (await tsImport(file, import.meta.url)) as Record<string, unknown>;
  const what = path.relative(ROOT, file).split(path.sep).join('/');
  return standInCode(file, what, exportTable(mod), path.join(ROOT, 'src/worker/on-demand.ts'));
}

/** The stand-in for a module of FILES_ON_DEMAND: the real one, run in Node, gives the
 *  files' sizes. */
async function filesModule(file: string): Promise<string> {
  const spec = FILES_ON_DEMAND[path.relative(ROOT, file).split(path.sep).join('/')]!;
  const { tsImport } = await import('tsx/esm/api');
  const mod = (await tsImport(file, import.meta.url)) as Record<string, () => Record<string, string>>;
  return filesStandInCode(file, spec, mod[spec.exportName]!(), path.join(ROOT, 'src/worker/files-on-demand.ts'));
}

/** Worker chunk names: `late-` for the Perl engine, the first part of its library and
 *  the regex engine (loaded on the first keystroke), `demand-` for a program module or
 *  the rest of the library, fetched on demand, `part-` for code they share
 *  (bench/page-size.ts counts a part as late when a late chunk imports it). */
function workerChunkName(chunk: { facadeModuleId: string | null }): string {
  const id = chunk.facadeModuleId ?? '';
  if (id.endsWith('terrarium-perl-lib-first')) return 'assets/late-perl-lib-[hash].js';
  if (id.endsWith('terrarium-perl-lib-chapter')) return 'assets/demand-perl-lib-chapter-[hash].js';
  if (id.endsWith('terrarium-perl-lib-more')) return 'assets/demand-perl-lib-more-[hash].js';
  if (id.endsWith('/src/worker/regex-engine.ts')) return 'assets/late-regex-[hash].js';
  if (id.endsWith('/src/perl/natives-late.ts')) return 'assets/demand-perl-natives-[hash].js';
  const kind = /\/src\/(perl|perl-lib)\//.test(id) ? 'late' : id ? 'demand' : 'part';
  return `assets/${kind}-[name]-[hash].js`;
}

/** The worker's boot code in one file: every module its entry imports statically (however
 *  indirectly) goes into the entry's chunk, those the late and on-demand chunks share
 *  with it too (left alone, they become `part-` chunks the worker fetches only after
 *  compiling its entry: one more round trip before the machine boots). */
function workerEntryGroup(): (id: string, ctx: { getModuleInfo(id: string): ModuleInfo | null }) => string | null {
  const entry = path.join(ROOT, 'src/worker/machine-worker.ts');
  const closures = new WeakMap<object, Set<string>>();
  return (id, ctx) => {
    const root = ctx.getModuleInfo(entry);
    if (!root) return null;
    let reach = closures.get(root);
    if (!reach) {
      reach = new Set([entry]);
      const todo = [entry];
      for (let m = todo.pop(); m !== undefined; m = todo.pop()) {
        for (const dep of ctx.getModuleInfo(m)?.importedIds ?? []) {
          if (!reach.has(dep)) {
            reach.add(dep);
            todo.push(dep);
          }
        }
      }
      closures.set(root, reach);
    }
    return reach.has(id) ? 'machine-worker' : null;
  };
}

/** The one-file build: the worker comes from an inlined string (worker-factory-inline.ts,
 *  prewarm-inline.ts), the player from the page's own script (load-player-inline.ts). */
function inlineWorkerPlugin(): Plugin {
  return {
    name: 'terrarium-inline-worker',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './worker-factory.ts' && importer?.includes('/src/ui/')) {
        return path.join(ROOT, 'src/ui/worker-factory-inline.ts');
      }
      if (source === './load-player.ts' && importer?.includes('/src/ui/embed/')) {
        return path.join(ROOT, 'src/ui/embed/load-player-inline.ts');
      }
      if (source === './prewarm.ts' && importer?.includes('/src/ui/embed/')) {
        return path.join(ROOT, 'src/ui/embed/prewarm-inline.ts');
      }
      return null;
    },
  };
}

/** The one-file build: scripts and style sheets moved into the HTML, their files dropped. */
function singleFilePlugin(): Plugin {
  return {
    name: 'terrarium-single-file',
    enforce: 'post',
    generateBundle(_opts, bundle) {
      for (const html of Object.values(bundle)) {
        if (html.type !== 'asset' || !html.fileName.endsWith('.html')) continue;
        let text = String(html.source);
        text = text.replace(/<script type="module" crossorigin src="\.?\/?([^"]+)"><\/script>/g, (_m, file: string) => {
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk') throw new Error(`single file: no chunk ${file}`);
          delete bundle[file];
          return `<script type="module">${chunk.code.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
        });
        text = text.replace(/<link rel="stylesheet" crossorigin href="\.?\/?([^"]+)">/g, (_m, file: string) => {
          const css = bundle[file];
          if (!css || css.type !== 'asset') throw new Error(`single file: no style sheet ${file}`);
          delete bundle[file];
          return `<style>${String(css.source)}</style>`;
        });
        text = text.replace(/<link rel="modulepreload"[^>]*>/g, '');
        html.source = text;
        html.fileName = 'terrarium.html';
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: [scenariosPlugin(), ...(single ? [inlineWorkerPlugin(), singleFilePlugin()] : [])],
    // Opened from disk the page has an opaque origin, where Chromium refuses module
    // workers from blob: URLs; the one-file build's worker is a classic script.
    worker: {
      format: single ? 'iife' : 'es',
      plugins: () => (single ? [] : [lateWorkerPartsPlugin()]),
      // The worker's other chunks: its late parts and the programs fetched on demand.
      ...(single ? {} : { rollupOptions: { output: { chunkFileNames: workerChunkName, codeSplitting: { groups: [{ name: workerEntryGroup() }] } } } }),
    },
    build: (single
      ? {
        outDir: 'dist-single',
        target: 'es2022',
        assetsInlineLimit: Number.MAX_SAFE_INTEGER,
        cssCodeSplit: false,
        modulePreload: false,
        rollupOptions: { input: { player: path.join(ROOT, 'player.html') }, output: { codeSplitting: false } },
      }
      : {
        outDir: 'dist',
        target: 'es2022',
        rollupOptions: {
          input: {
            index: path.join(ROOT, 'index.html'),
            player: path.join(ROOT, 'player.html'),
            'terrarium-embed': path.join(ROOT, 'src/ui/embed/index.ts'),
          },
          output: {
            entryFileNames: (chunk) => (chunk.name === 'terrarium-embed' ? 'terrarium-embed.js' : 'assets/[name]-[hash].js'),
          },
        },
      }) as BuildEnvironmentOptions,
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 60_000,
      pool: 'threads',
    },
  };
});
