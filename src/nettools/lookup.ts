/**
 * getent (glibc 2.36: hosts, services, passwd, group) and host (bind9-host:
 * "NAME has address A", NXDOMAIN for names DNS does not know; /etc/hosts is
 * not DNS).
 */
import { defineProgram, type Ctx, type Gen } from '../programs/runtime.ts';
import { parseServices, readText } from './lib.ts';

function* hostsLines(ctx: Ctx): Gen<Array<[string, string[]]>> {
  const out: Array<[string, string[]]> = [];
  for (const l of ((yield* readText(ctx, '/etc/hosts')) ?? '').split('\n')) {
    const f = l.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
    if (f.length >= 2) out.push([f[0]!, f.slice(1)]);
  }
  return out;
}

function* getentHosts(ctx: Ctx, keys: string[]): Gen<number> {
  const lines = yield* hostsLines(ctx);
  if (keys.length === 0) {
    for (const [a, n] of lines) yield* ctx.out(`${a.padEnd(15)} ${n.join(' ')}\n`);
    return 0;
  }
  let st = 0;
  for (const k of keys) {
    const byAddr = lines.find(([a]) => a === k);
    const byName = lines.find(([, n]) => n.includes(k));
    const hit = byAddr ?? byName;
    if (hit) {
      yield* ctx.out(`${hit[0].padEnd(15)} ${hit[1].join(' ')}\n`);
      continue;
    }
    const r = ctx.sys.resolve(k);
    if (typeof r === 'number' || r.length === 0) {
      st = 2;
      continue;
    }
    for (const a of r) yield* ctx.out(`${a.padEnd(15)} ${k}\n`);
  }
  return st;
}

function* getentFile(ctx: Ctx, path: string, keys: string[], keyOf: (f: string[]) => string[]): Gen<number> {
  const lines = ((yield* readText(ctx, path)) ?? '').split('\n').filter((l) => l && !l.startsWith('#'));
  if (keys.length === 0) {
    for (const l of lines) yield* ctx.out(`${l}\n`);
    return 0;
  }
  let st = 0;
  for (const k of keys) {
    const l = lines.find((x) => keyOf(x.split(':')).includes(k));
    if (l) yield* ctx.out(`${l}\n`);
    else st = 2;
  }
  return st;
}

export const getent = defineProgram('getent', function* (ctx) {
  const [db, ...keys] = ctx.argv.slice(1);
  if (db === undefined) {
    yield* ctx.err("getent: wrong number of arguments\nTry `getent --help' or `getent --usage' for more information.\n");
    return 1;
  }
  switch (db) {
    case 'hosts': case 'ahosts':
      return yield* getentHosts(ctx, keys);
    case 'passwd': case 'group':
      return yield* getentFile(ctx, `/etc/${db}`, keys, (f) => [f[0]!, f[2]!]);
    case 'services': {
      const all = parseServices(yield* readText(ctx, '/etc/services'));
      const fmt = (s: (typeof all)[number]): string => `${s.name.padEnd(21)} ${s.port}/${s.proto}${s.aliases.map((a) => ` ${a}`).join('')}\n`;
      if (keys.length === 0) {
        for (const s of all) yield* ctx.out(fmt(s));
        return 0;
      }
      let st = 0;
      for (const k of keys) {
        const [name, proto] = k.split('/');
        const s = all.find((e) => (e.name === name || e.aliases.includes(name!) || String(e.port) === name) && (!proto || e.proto === proto));
        if (s) yield* ctx.out(fmt(s));
        else st = 2;
      }
      return st;
    }
    default:
      yield* ctx.err(`Unknown database: ${db}\nTry \`getent --help' or \`getent --usage' for more information.\n`);
      return 1;
  }
});

export const host = defineProgram('host', function* (ctx) {
  const name = ctx.argv.slice(1).find((a) => !a.startsWith('-'));
  if (name === undefined) {
    yield* ctx.err('Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]\n            [-R number] [-m flag] [-p port] hostname [server]\n');
    return 1;
  }
  const local = (yield* hostsLines(ctx)).some(([, n]) => n.includes(name));
  const r = ctx.sys.resolve(name);
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name) || local || typeof r === 'number' || r.length === 0) {
    yield* ctx.out(`Host ${name} not found: 3(NXDOMAIN)\n`);
    return 1;
  }
  for (const a of r) yield* ctx.out(`${name} has address ${a}\n`);
  return 0;
});
