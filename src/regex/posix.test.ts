// POSIX BRE/ERE front end against GNU grep -o and GNU sed s///, recorded by
// fixtures/record-posix.pl.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { exec, isRegexError, type MatchResult, type Regex, type RegexError } from './index.ts';
import { compileBre, compileEre, type PosixDialect } from './posix.ts';

interface Case {
  flavour: 'G' | 'E'; icase: boolean; pattern: string; subject: string;
  grep: string; replacement?: string; sed?: string;
}
const cases: Case[] = JSON.parse(readFileSync(new URL('./fixtures/posix-cases.json', import.meta.url), 'utf8'));

function build(c: Case, dialect: PosixDialect): Regex | RegexError {
  return c.flavour === 'E' ? compileEre(c.pattern, c.icase, dialect) : compileBre(c.pattern, c.icase, dialect);
}

function must(m: MatchResult | null | RegexError): MatchResult | null {
  if (isRegexError(m)) throw new Error(m.message);
  return m;
}

/** What `grep -o` prints for one line: every non-empty match, one a line. */
function grepO(re: Regex, line: string): string {
  let out = '';
  for (let pos = 0; pos <= line.length;) {
    const m = must(exec(re, line, pos));
    if (!m) break;
    const [s, e] = m.offsets;
    if (e > s) out += `${line.slice(s, e)}\n`;
    pos = e > s ? e : e + 1;
  }
  return out;
}

/** What `sed 's/RE/REPL/'` prints for one line, REPL using only & and \1..\9. */
function sedS(re: Regex, line: string, repl: string): string {
  const m = must(exec(re, line, 0));
  if (!m) return `${line}\n`;
  const o = m.offsets;
  const text = repl.replace(/&|\\(\d)/g, (x, d: string | undefined) => {
    const g = d === undefined ? 0 : Number(d);
    return o[2 * g] < 0 ? '' : line.slice(o[2 * g], o[2 * g + 1]);
  });
  return `${line.slice(0, o[0])}${text}${line.slice(o[1])}\n`;
}

describe('GNU grep -o', () => {
  for (const c of cases) {
    it(`grep -${c.flavour}${c.icase ? 'i' : ''} '${c.pattern}' on ${JSON.stringify(c.subject)}`, () => {
      const re = build(c, 'grep');
      const lines = c.grep.split(/(?<=\n)/).filter((l) => !l.startsWith('grep: warning:')).join('');
      if (lines.startsWith('grep: ')) {
        expect(isRegexError(re) ? `grep: ${re.message}\n` : 'compiled').toBe(lines);
        return;
      }
      if (isRegexError(re)) throw new Error(re.message);
      expect(grepO(re, c.subject)).toBe(lines);
    });
  }
});

describe('GNU sed s///', () => {
  for (const c of cases.filter((x) => x.sed !== undefined && !x.sed.includes('invalid reference'))) {
    it(`sed ${c.flavour === 'E' ? '-E ' : ''}'s/${c.pattern}/${c.replacement}/' on ${JSON.stringify(c.subject)}`, () => {
      const re = build(c, 'sed');
      const err = /^sed: -e expression #1, char \d+: (.*)\n$/.exec(c.sed!);
      if (err) {
        expect(isRegexError(re) ? re.message : 'compiled').toBe(err[1]);
        return;
      }
      if (isRegexError(re)) throw new Error(re.message);
      expect(sedS(re, c.subject, c.replacement!)).toBe(c.sed);
    });
  }
});
