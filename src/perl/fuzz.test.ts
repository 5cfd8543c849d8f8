/**
 * Fuzzing the engine's front end and regex compiler: mutated corpus scripts
 * and random token soup, compiled with -c, always end in a perl-style
 * outcome (syntax OK, or a perl error message and a non-zero status), never
 * a JS exception (reported by the engine as "panic: perl engine"); mutated
 * regex patterns compile or give a RegexError and match within a budget.
 * Unbounded recursion ends like perl's (t/recursion, recorded by its
 * record.sh): the "Deep recursion" warning, then "Out of memory!".
 */
import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPerl } from './testing/run-perl.ts';
import { compile, isRegexError, runMatch, startMatch } from '../regex/index.ts';

const tdir = join(import.meta.dirname, 't');
const sources: string[] = [];
for (const d of [tdir, join(tdir, 'wide')]) {
  for (const f of readdirSync(d).sort()) if (f.endsWith('.pl')) sources.push(readFileSync(join(d, f), 'latin1'));
}

/** Split source into tokens (words, numbers, variables, single punctuation, runs of space). */
const tokens = (src: string): string[] => src.match(/[$@%&]?\w+|\s+|[^\w\s]/g) ?? [];

type Mutation = { kind: 'delete' | 'dup' | 'swap' | 'truncate' | 'insert'; at: number; at2: number; piece: string };
const pieces = ['{', '}', '(', ')', '[', ']', ';', ',', '"', "'", '/', '=~', '<<', 'EOT', 'my', 'sub', '->', '$', '@', '%', '=', 'if', 'q{', 's/', 'tr/', '?', ':', '\\', '#', '\n', '__END__', 'qw(', '<', '>', 'print', 'x', '=>', '::', '${', '@{', '*'];
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'dup', 'swap', 'truncate', 'insert'),
  at: fc.nat(), at2: fc.nat(), piece: fc.constantFrom(...pieces),
});

function mutate(src: string, ms: Mutation[]): string {
  const t = tokens(src);
  for (const m of ms) {
    if (!t.length) break;
    const i = m.at % t.length, j = m.at2 % t.length;
    if (m.kind === 'delete') t.splice(i, 1);
    else if (m.kind === 'dup') t.splice(i, 0, t[i]!);
    else if (m.kind === 'swap') [t[i], t[j]] = [t[j]!, t[i]!];
    else if (m.kind === 'truncate') t.length = i;
    else t.splice(i, 0, m.piece);
  }
  return t.join('');
}

/** Unterminated escapes in a string (the lexer once looped forever on them). */
const unterminatedEscapes: [string, string][] = [
  ['print "\\x{263a\\n";', 'Missing right brace on \\x{} at -e line 1, within string'],
  ['my $s = "\\x{";', 'Missing right brace on \\x{} at -e line 1, within string'],
  ['print "\\N{U+26";', 'Missing right brace on \\N{} at -e line 1, within string'],
];

/** Problems with the outcome of `perl -c` on `src`, or null when it is perl-like. */
function compileProblem(src: string): string | null {
  if (process.env.PERL_FUZZ_LOG) writeFileSync(process.env.PERL_FUZZ_LOG, src);
  let r;
  try {
    r = runPerl(['-c', 'f.pl'], { files: { 'f.pl': src }, maxRounds: 40 });
  } catch (e) {
    return `JS exception escaped: ${String(e)}`;
  }
  if (/panic: perl engine/.test(r.stderr)) return r.stderr.split('\n').slice(0, 2).join(' / ');
  if (r.status === null) return null; // a BEGIN block still running: not a front-end failure
  if (r.status === 0) return /f\.pl syntax OK\n$/.test(r.stderr) ? null : `status 0 without "syntax OK": ${JSON.stringify(r.stderr.slice(-200))}`;
  // A BEGIN block may call exit: any status, nothing printed (perl -c does the same).
  if (!r.stderr.length && /\bexit\b/.test(src)) return null;
  return r.stderr.length ? null : `status ${r.status} with nothing on stderr`;
}

describe('front-end fuzz', () => {
  // What `perl -e CODE` prints (perl 5.36).
  const dashE = (code: string): string => runPerl(['-e', code], { maxRounds: 40 }).stderr;
  for (const [code, perlSays] of unterminatedEscapes) test(`unterminated escape: perl -e '${code}'`, () => { expect(dashE(code)).toBe(`${perlSays}\nExecution of -e aborted due to compilation errors.\n`); });
  test('an unterminated \\o{ escape is an error', () => {
    expect(dashE('print "\\o{12";')).toBe('Missing right brace on \\o{} at -e line 1, within string\nExecution of -e aborted due to compilation errors.\n');
  });
  it('mutated corpus scripts compile or fail with a perl error', () => {
    fc.assert(
      fc.property(fc.nat(sources.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (k, ms) => {
        const src = mutate(sources[k]!, ms);
        expect(compileProblem(src), src).toBeNull();
      }),
      { numRuns: 400, interruptAfterTimeLimit: 5000 },
    );
  });

  it('random token soup compiles or fails with a perl error', () => {
    const soup = fc.array(fc.constantFrom(...pieces, ' ', '1', 'a', '$x', '@a', '%h', 'foo', '0x1g', '1e', '"a$x"', '<<~E', '\nE\n', 'BEGIN', 'package', 'local', 'our', '...', '..', '**', '//'), { maxLength: 30 });
    fc.assert(
      fc.property(soup, (xs) => {
        const src = xs.join(' ');
        expect(compileProblem(src), src).toBeNull();
      }),
      { numRuns: 400, interruptAfterTimeLimit: 5000 },
    );
  });
});

/** Patterns of the corpus: the bodies of m//, s///, qr// and split //. */
function corpusPatterns(): string[] {
  const out = new Set<string>();
  for (const s of sources) {
    for (const m of s.matchAll(/(?:=~|!~|split|qr|\(|grep|,)\s*(?:m|qr|s)?\/((?:[^/\\\n]|\\.)+)\//g)) out.add(m[1]!);
  }
  for (const p of ['(?<y>\\d+)-(?<m>\\d+)', '(?|(a)(b)|(x)(y))', '^(\\()?a(?(1)\\))$', '\\((?:[^()]++|(?R))*\\)', '(?<=\\$)(\\d+)', 'a*+b', '(?>a+)a', '.*=\\K.*', '\\G\\s+', '(\\w)\\g{-1}', '(?<w>\\w+)\\s+\\k<w>']) out.add(p);
  return [...out].sort();
}

describe('regex compiler fuzz', () => {
  const pats = corpusPatterns();
  const rxPieces = ['(', ')', '[', ']', '{', '}', '{2,', '*', '+', '?', '|', '\\', '^', '$', '.', '(?', '(?<', '(?<=', '(?!', '(?#', '\\k<', '\\g{', '\\p{', '\\x{', '[:', ':]', '-', '\\1', '\\9', '{,3}', '(?i', 'a', '\u263a'];
  const edit = fc.record({ kind: fc.constantFrom('delete', 'dup', 'swap', 'truncate', 'insert'), at: fc.nat(), at2: fc.nat(), piece: fc.constantFrom(...rxPieces) });

  it('mutated corpus patterns compile or give a RegexError, and matching never throws', () => {
    expect(pats.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(fc.nat(pats.length - 1), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.constantFrom('', 'i', 'x', 'ms', 'n'), fc.string({ maxLength: 16 }), (k, es, flags, subject) => {
        const p = [...pats[k]!];
        for (const e of es) {
          if (!p.length) break;
          const i = e.at % p.length, j = e.at2 % p.length;
          if (e.kind === 'delete') p.splice(i, 1);
          else if (e.kind === 'dup') p.splice(i, 0, p[i]!);
          else if (e.kind === 'swap') [p[i], p[j]] = [p[j]!, p[i]!];
          else if (e.kind === 'truncate') p.length = i;
          else p.splice(i, 0, e.piece);
        }
        const re = compile(p.join(''), flags);
        if (isRegexError(re)) { expect(re.message).toMatch(/ in regex/); return; }
        expect(['match', 'fail', 'budget']).toContain(runMatch(startMatch(re, subject, 0), 20_000));
      }),
      { numRuns: 3000, interruptAfterTimeLimit: 5000 },
    );
  });
});

const rdir = join(tdir, 'recursion');
const recNames = readdirSync(rdir).filter((f) => f.endsWith('.pl') && existsSync(join(rdir, 'expected', f.replace(/\.pl$/, '.status')))).map((f) => f.slice(0, -3)).sort();
/** Cases the engine gets wrong today, with what it does instead. */
const recursionPending: Record<string, string> = {};

describe('unbounded recursion', () => {
  for (const name of recNames) {
    const body = (): void => {
      const src = readFileSync(join(rdir, `${name}.pl`), 'latin1');
      const r = runPerl([`${name}.pl`], { files: { [`${name}.pl`]: src }, maxRounds: 3000 });
      const e = join(rdir, 'expected', name);
      const status = readFileSync(`${e}.status`, 'utf8').trim();
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status === 0 ? '0' : r.status === null ? 'running' : 'nonzero' })
        .toEqual({ stdout: readFileSync(`${e}.out`, 'latin1'), stderr: readFileSync(`${e}.err`, 'latin1'), status });
      expect(r.stderr).not.toMatch(/panic|RangeError|Maximum call stack/);
    };
    if (name in recursionPending) test.fails(`${name} (pending: ${recursionPending[name]})`, body);
    else test(name, body);
  }
});
