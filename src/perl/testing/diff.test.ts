/**
 * On demand (PERL_DIFF=all or PERL_DIFF=name,name): run conformance scripts
 * and print the first differing line of each failure, for quick triage.
 */
import { test } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runPerl } from './run-perl.ts';

test.skipIf(!process.env.PERL_DIFF)('diffs', () => {
  const dir = join(import.meta.dirname, '..', 't');
  const only = process.env.PERL_DIFF === 'all' ? null : process.env.PERL_DIFF!.split(',');
  const names = readdirSync(dir).filter((f) => f.endsWith('.pl')).map((f) => f.slice(0, -3)).filter((n) => !only || only.includes(n)).sort();
  let pass = 0;
  const out: string[] = [];
  for (const name of names) {
    if (!existsSync(join(dir, 'expected', name + '.status'))) continue;
    const src = readFileSync(join(dir, `${name}.pl`), 'latin1');
    const inFile = join(dir, `${name}.in`);
    const stdin = existsSync(inFile) ? readFileSync(inFile, 'latin1') : '';
    let r;
    try { r = runPerl([`${name}.pl`], { files: { [`${name}.pl`]: src }, stdin }); } catch (e) { out.push(`## ${name}: THROW ${e}`); continue; }
    const eo = readFileSync(join(dir, 'expected', name + '.out'), 'latin1');
    const ee = readFileSync(join(dir, 'expected', name + '.err'), 'latin1');
    const es = Number(readFileSync(join(dir, 'expected', name + '.status'), 'utf8'));
    if (r.stdout === eo && r.stderr === ee && r.status === es) { pass++; continue; }
    const show = (label: string, a: string, b: string): void => {
      if (a === b) return;
      const al = a.split('\n'), bl = b.split('\n');
      let i = 0; while (i < al.length && al[i] === bl[i]) i++;
      out.push(`   ${label} line ${i + 1}: exp ${JSON.stringify(al.slice(i, i + 2).join('\n'))}\n   ${' '.repeat(label.length)}        got ${JSON.stringify(bl.slice(i, i + 2).join('\n'))}`);
    };
    out.push(`## ${name}`);
    show('out', eo, r.stdout); show('err', ee, r.stderr);
    if (r.status !== es) out.push(`   status exp ${es} got ${r.status}`);
  }
  console.log(out.join('\n') + `\nPASS ${pass}/${names.length}`);
});
