/**
 * Rewrite a corpus's pending.txt from what our machine does now: every case
 * that fails is listed with its first difference, every case that passes is
 * taken off. Run: node --import ./bin/register.mjs tools/oracle/update-pending.ts DIR...
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../test/oracle/cases.ts';
import { checkCase } from '../../test/oracle/run-case.ts';

const cut = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 110);

/** The first differing line of checkCase's report, as a one-line reason. */
function reason(message: string): string {
  const lines = message.split('\n').slice(1);
  let where = '';
  let minus = '';
  let plus = '';
  for (const l of lines) {
    if (l.startsWith('--- status')) {
      if (!minus && !plus) return `status: ${l.replace(/^--- status: /, '')}`;
      break;
    }
    if (l.startsWith('--- ')) {
      if (minus || plus) break;
      where = l.replace(/^--- (\w+).*/, '$1');
      continue;
    }
    if (l.startsWith('- ') && !minus && !plus) minus = l.slice(2);
    else if (l.startsWith('+ ') && !plus) plus = l.slice(2);
    else if (minus || plus) break;
  }
  const parts = [minus && `recorded "${cut(minus)}"`, plus && `ours "${cut(plus)}"`].filter(Boolean);
  return `${where}: ${parts.join(', ') || cut(message.split('\n')[0] ?? '')}`;
}

for (const dir of process.argv.slice(2)) {
  const out: string[] = [];
  let pass = 0;
  for (const c of loadCorpus(dir)) {
    try {
      await checkCase(c);
      pass++;
    } catch (e) {
      out.push(`${c.name} ${reason(e instanceof Error ? e.message : String(e))}`);
    }
  }
  writeFileSync(join(dir, 'pending.txt'), out.join('\n') + (out.length ? '\n' : ''));
  console.log(`${dir}: ${pass} pass, ${out.length} pending`);
}
