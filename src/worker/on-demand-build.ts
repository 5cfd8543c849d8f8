/**
 * Build time (vite.config.ts): the modules of programs (on-demand.ts) and of files
 * (files-on-demand.ts) the page fetches on demand, and the code of the stand-in module
 * that replaces each of them in its aggregator's imports.
 */
import type { OnDemandTable } from './on-demand.ts';

/**
 * Program modules fetched the first time one of their programs runs, each with the
 * aggregator that imports them (the only importer whose import is swapped). None of
 * them runs at boot or in the steps of the guide's chapter, which need only bash, sleep
 * (basic.ts) and perl. (Its code blocks would also use sudo, systemctl, and cat or an
 * editor to write the scripts: fetched when first run.)
 */
export const ON_DEMAND: Readonly<Record<string, string>> = {
  'src/programs/awk.ts': 'src/programs/index.ts',
  'src/programs/find.ts': 'src/programs/index.ts',
  'src/programs/term.ts': 'src/programs/index.ts',
  'src/programs/binary.ts': 'src/programs/index.ts',
  'src/programs/diff.ts': 'src/programs/index.ts',
  'src/programs/pager.ts': 'src/programs/index.ts',
  'src/programs/man.ts': 'src/programs/index.ts',
  'src/programs/nano.ts': 'src/programs/index.ts',
  'src/programs/vi.ts': 'src/programs/index.ts',
  'src/programs/gzip.ts': 'src/programs/index.ts',
  'src/programs/tar.ts': 'src/programs/index.ts',
  'src/programs/sed.ts': 'src/programs/index.ts',
  'src/programs/pgrep.ts': 'src/programs/index.ts',
  'src/programs/timeout.ts': 'src/programs/index.ts',
  'src/programs/users.ts': 'src/programs/index.ts',
  'src/programs/text.ts': 'src/programs/index.ts',
  'src/programs/text2.ts': 'src/programs/index.ts',
  'src/programs/sort.ts': 'src/programs/index.ts',
  'src/programs/ls.ts': 'src/programs/index.ts',
  'src/programs/fileops.ts': 'src/programs/index.ts',
  'src/programs/attrs.ts': 'src/programs/index.ts',
  'src/programs/procs.ts': 'src/programs/index.ts',
  'src/programs/grep.ts': 'src/programs/index.ts',
  'src/programs/sysinfo.ts': 'src/programs/index.ts',
  'src/programs/test-expr.ts': 'src/programs/index.ts',
  'src/programs/util.ts': 'src/programs/index.ts',
  'src/programs/flock.ts': 'src/programs/index.ts',
  'src/programs/mkfifo.ts': 'src/programs/index.ts',
  'src/programs/expr.ts': 'src/programs/index.ts',
  'src/programs/checksum.ts': 'src/programs/index.ts',
  'src/programs/dd.ts': 'src/programs/index.ts',
  'src/programs/shuf.ts': 'src/programs/index.ts',
  'src/programs/split.ts': 'src/programs/index.ts',
  'src/programs/join.ts': 'src/programs/index.ts',
  'src/programs/fmt.ts': 'src/programs/index.ts',
  'src/programs/factor.ts': 'src/programs/index.ts',
  'src/programs/killall.ts': 'src/programs/index.ts',
  'src/programs/service.ts': 'src/programs/index.ts',
  'src/programs/who.ts': 'src/programs/index.ts',
  'src/programs/top.ts': 'src/programs/index.ts',
  'src/programs/watch.ts': 'src/programs/index.ts',
  'src/init/systemctl.ts': 'src/system/boot.ts',
  'src/nettools/curl.ts': 'src/nettools/index.ts',
  'src/nettools/wget.ts': 'src/nettools/index.ts',
  'src/nettools/tcpdump.ts': 'src/nettools/index.ts',
  'src/nettools/ping.ts': 'src/nettools/index.ts',
  'src/nettools/ip.ts': 'src/nettools/index.ts',
  'src/nettools/ss.ts': 'src/nettools/index.ts',
  'src/nettools/lookup.ts': 'src/nettools/index.ts',
  'src/nettools/nc.ts': 'src/nettools/index.ts',
};

/**
 * Modules whose files (installed at boot) are fetched on demand: the export that lists
 * them (absolute machine path -> text), the aggregator that imports it, and what they
 * are called in messages (see files-on-demand.ts).
 */
export const FILES_ON_DEMAND: Readonly<Record<string, { aggregator: string; exportName: string; what: string }>> = {
  'src/programs/man-pages.ts': { aggregator: 'src/programs/index.ts', exportName: 'manFiles', what: 'the manual pages' },
};

/** The stand-in module for a module of FILES_ON_DEMAND: its export hands out placeholders. */
export function filesStandInCode(file: string, spec: { exportName: string; what: string }, texts: Readonly<Record<string, string>>, runtime: string): string {
  const sizes: Record<string, number> = {};
  for (const [p, t] of Object.entries(texts)) {
    if (!p.startsWith('/')) throw new Error(`${spec.exportName}(): '${p}' is not an absolute path`);
    sizes[p] = Buffer.byteLength(t, 'utf8');
  }
  return [
    `import { FilesOnDemand } from ${JSON.stringify(runtime)};`,
    `const set = new FilesOnDemand(${JSON.stringify(spec.what)}, ${JSON.stringify(sizes)}, async () => (await import(${JSON.stringify(file)})).${spec.exportName}());`,
    `export function ${spec.exportName}() { return set.files(); }`,
    '',
  ].join('\n');
}

interface ProgramLike {
  name: string;
  load: unknown;
  run: unknown;
}

function isProgram(v: unknown): v is ProgramLike {
  const p = v as Partial<ProgramLike> | null;
  return typeof p === 'object' && p !== null && typeof p.name === 'string' && typeof p.load === 'function' && typeof p.run === 'function';
}

/** What a loaded module exports to its aggregator: its `…Programs` maps and Programs. */
export function exportTable(mod: Record<string, unknown>): OnDemandTable {
  const table: OnDemandTable = {};
  for (const [key, value] of Object.entries(mod).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (isProgram(value)) table[key] = { kind: 'program', name: value.name };
    else if (typeof value === 'function' && /Programs$/.test(key)) {
      const map = (value as () => Record<string, unknown>)();
      const programs: Record<string, string> = {};
      for (const [path, p] of Object.entries(map)) {
        if (!isProgram(p)) throw new Error(`${key}()['${path}'] is not a program`);
        programs[path] = p.name;
      }
      table[key] = { kind: 'map', programs };
    }
  }
  return table;
}

/** The stand-in module for `file` (absolute path), from its export table. */
export function standInCode(file: string, what: string, table: OnDemandTable, runtime: string): string {
  const lines = [
    `import { onDemandExports } from ${JSON.stringify(runtime)};`,
    `const x = onDemandExports(${JSON.stringify(what)}, () => import(${JSON.stringify(file)}), ${JSON.stringify(table)});`,
  ];
  for (const key of Object.keys(table)) lines.push(`export const ${key} = x[${JSON.stringify(key)}];`);
  return lines.join('\n') + '\n';
}
