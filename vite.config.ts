import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { BuildEnvironmentOptions, Plugin } from 'vite';
import { parseScenario } from './src/scenario/format.ts';
import { scenarioData } from './src/scenario/render.ts';
import { lateSizes } from './src/worker/late-sizes.ts';

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

/**
 * The page's worker: what the first prompt does not need is loaded on the reader's first
 * keystroke (src/worker/late-files.ts). The Perl engine (src/perl/index.ts) and the Perl
 * module library (src/perl-lib/index.ts) are swapped for stand-ins that load them as
 * chunks of their own; the script keeps only their files' sizes.
 */
function lateWorkerPartsPlugin(): Plugin {
  const at = (p: string) => path.join(ROOT, p);
  const swaps = new Map([
    [at('src/perl/index.ts'), at('src/worker/perl-engine-lazy.ts')],
    [at('src/perl-lib/index.ts'), at('src/worker/perl-lib-lazy.ts')],
    [at('src/worker/late-inline.ts'), at('src/worker/late-lazy.ts')],
  ]);
  const standIns = new Set(swaps.values());
  return {
    name: 'terrarium-late-worker-parts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === LATE_SIZES_ID) return `\0${LATE_SIZES_ID}`;
      if (!importer || !source.startsWith('.') || standIns.has(importer)) return null;
      return swaps.get(path.resolve(path.dirname(importer), source)) ?? null;
    },
    load(id) {
      if (id !== `\0${LATE_SIZES_ID}`) return null;
      return `export default ${JSON.stringify(lateSizes(at('src/perl/lib')))};`;
    },
  };
}

/** The one-file build: the worker comes from an inlined string (worker-factory-inline.ts),
 *  the player from the page's own script (load-player-inline.ts). */
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
      // The worker's only other chunks are its late parts (bench/page-size.ts finds them by name).
      ...(single ? {} : { rollupOptions: { output: { chunkFileNames: 'assets/late-[name]-[hash].js' } } }),
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
