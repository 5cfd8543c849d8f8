import { describe, expect, it } from 'vitest';
import type { Program, Sys } from '../abi/sys.ts';
import { Machine } from '../kernel/machine.ts';
import { onDemandExports } from './on-demand.ts';
import type { OnDemandTable } from './on-demand.ts';
import { exportTable, standInCode } from './on-demand-build.ts';

/** A real program: prints its arguments after "hi" and exits 3. */
const hi: Program = {
  name: 'hi',
  load: (argv) => ({ argv: [...argv] }),
  run(image: unknown, sys: Sys): number {
    const { argv } = image as { argv: string[] };
    sys.write(1, new TextEncoder().encode(`hi ${argv.slice(1).join(' ')}\n`));
    sys.exit(3);
    return 1;
  },
};

const TABLE: OnDemandTable = { hiPrograms: { kind: 'map', programs: { '/bin/hi': 'hi', '/bin/hello': 'hi' } } };

/** A machine with the stand-ins installed; runs `argv` and collects its output. */
function machineWith(programs: Record<string, Program>) {
  const m = new Machine({ seed: 1 });
  for (const [path, p] of Object.entries(programs)) m.installProgram(path, p);
  const out: string[] = [];
  const run = (argv: string[]) => {
    const t = m.openTerminal({ rows: 24, cols: 80 });
    t.onOutput((d) => out.push(new TextDecoder().decode(d)));
    const pid = m.spawn(argv, { terminal: t });
    return { pid, out, done: () => m.runUntil(() => m.exitStatus(pid) !== null, { maxVirtualMs: 50 }) };
  };
  return { m, run };
}

describe('programs fetched on demand', () => {
  it('installs stand-ins under the real names, so the filesystem is the same', () => {
    const x = onDemandExports('hi.ts', () => Promise.resolve({}), TABLE);
    const programs = (x.hiPrograms as () => Record<string, Program>)();
    expect(Object.keys(programs)).toEqual(['/bin/hi', '/bin/hello']);
    expect(programs['/bin/hi']!.name).toBe('hi');
    expect(programs['/bin/hi']).toBe(programs['/bin/hello']);
  });

  it('the process sleeps until the module is here, then runs the real program', async () => {
    let fetched = 0;
    let arrive: (m: Record<string, unknown>) => void = () => undefined;
    const x = onDemandExports('hi.ts', () => {
      fetched++;
      return new Promise((r) => (arrive = r));
    }, TABLE);
    const { m, run } = machineWith((x.hiPrograms as () => Record<string, Program>)());
    const r = run(['/bin/hi', 'there']);
    expect(r.done()).toBe(false);
    expect(fetched).toBe(1);
    arrive({ hiPrograms: () => ({ '/bin/hi': hi, '/bin/hello': hi }) });
    await Promise.resolve();
    await Promise.resolve();
    expect(m.runUntil(() => m.exitStatus(r.pid) !== null)).toBe(true);
    expect(r.out.join('')).toBe('hi there\r\n');
    expect(m.exitStatus(r.pid)).toBe(3 << 8);
    expect(fetched).toBe(1);
  });

  it('a failed fetch is reported by the program (exit 126); the next run tries again', async () => {
    let tries = 0;
    const x = onDemandExports('hi.ts', () => (++tries === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ hiPrograms: () => ({ '/bin/hi': hi }) })), TABLE);
    const { m, run } = machineWith((x.hiPrograms as () => Record<string, Program>)());
    const a = run(['/bin/hi']);
    a.done();
    await new Promise((r) => setTimeout(r, 0));
    expect(m.runUntil(() => m.exitStatus(a.pid) !== null)).toBe(true);
    expect(m.exitStatus(a.pid)).toBe(126 << 8);
    expect(a.out.join('')).toBe('hi: the program could not be loaded (offline)\r\n');
    const b = run(['/bin/hi', 'again']);
    b.done();
    await new Promise((r) => setTimeout(r, 0));
    expect(m.runUntil(() => m.exitStatus(b.pid) !== null)).toBe(true);
    expect(b.out.join('').endsWith('hi again\r\n')).toBe(true);
  });

  it('the build reads each module\'s programs and names from the module itself', async () => {
    const nc = await import('../nettools/nc.ts');
    const table = exportTable(nc as unknown as Record<string, unknown>);
    expect(table).toEqual({ nc: { kind: 'program', name: nc.nc.name } });
    const tar = await import('../programs/tar.ts');
    expect(exportTable(tar as unknown as Record<string, unknown>)).toEqual({ tarPrograms: { kind: 'map', programs: { '/bin/tar': 'tar' } } });
    const code = standInCode('/x/tar.ts', 'src/programs/tar.ts', { tarPrograms: { kind: 'map', programs: { '/bin/tar': 'tar' } } }, '/x/on-demand.ts');
    expect(code).toBe([
      'import { onDemandExports } from "/x/on-demand.ts";',
      'const x = onDemandExports("src/programs/tar.ts", () => import("/x/tar.ts"), {"tarPrograms":{"kind":"map","programs":{"/bin/tar":"tar"}}});',
      'export const tarPrograms = x["tarPrograms"];',
      '',
    ].join('\n'));
  });
});
