/**
 * perldoc on the machine. Its rendering is checked against the host's real
 * pod2text (Pod::Text 4.14) run on the same files; its own messages follow
 * perldoc's documented behaviour. Also: every module the chapter uses has a
 * page, and pages ship in the library part fetched on first open.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runLine } from '../system/testing.ts';
import { perlLibTiers } from '../worker/perl-lib-tiers.ts';
import { PERL_LIB_FILES } from './files.generated.ts';
import { installedText } from './gen.mjs';

const LIB = fileURLToPath(new URL('.', import.meta.url));
const HAVE_POD2TEXT = existsSync('/usr/bin/pod2text');
const PAGES = [
  'IO::Socket::INET', 'IO::Socket', 'IO::Select', 'IO::Handle', 'Socket', 'POSIX', 'Fcntl', 'Proc::Daemon',
  'Sys::Syslog', 'HTTP::Tiny', 'JSON::MaybeXS', 'LWP::UserAgent', 'Try::Tiny', 'AnyEvent', 'IO::Async::Loop',
  'Mojo::UserAgent', 'Getopt::Long', 'Data::Dumper', 'Test::More',
];
/** Pages besides the chapter's modules: our Pod modules and the perlfunc entries. */
const MORE_PAGES = ['Pod::Text', 'Pod::Usage', 'perlfunc'];
const podFile = (m: string): string => join(LIB, m === 'perlfunc' ? 'pod/perlfunc.pod' : `${m.replace(/::/g, '/')}.pod`);

/** The real pod2text's rendering of a file. */
function pod2text(path: string): string {
  return execFileSync('/usr/bin/pod2text', [path], { encoding: 'utf8' });
}

function machine(line: string, files: Record<string, string> = {}) {
  return runLine(line, { tty: false, files, maxRealMs: 60_000, maxVirtualMs: 60_000 });
}

describe.skipIf(!HAVE_POD2TEXT)('perldoc renders as pod2text does', () => {
  it('renders the page of every module the chapter uses, and the others', () => {
    const all = [...PAGES, ...MORE_PAGES];
    const r = machine(all.map((m) => `perldoc ${m}`).join('; '));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(all.map((m) => pod2text(podFile(m))).join(''));
    expect(r.status).toBe(0);
  }, 120_000);

  it('renders a script or a file named by its path, with -t and -T', () => {
    const script = readFileSync(join(LIB, '../../test/conformance/pod/usage.yaml'), 'utf8');
    const body = script.slice(script.indexOf('#!/usr/bin/perl')).replace(/^ {4}/gm, '');
    const dir = mkdtempSync(join(tmpdir(), 'perldoc-'));
    writeFileSync(join(dir, 'u.pl'), body);
    const r = machine('perldoc u.pl; perldoc -t ./u.pl; perldoc -T -F u.pl', { 'u.pl': body });
    expect(r.stdout).toBe(pod2text(join(dir, 'u.pl')).repeat(3));
    expect(r.status).toBe(0);
  }, 60_000);

  it('-f shows a builtin\'s perlfunc entry as a list of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'perldoc-'));
    const func = readFileSync(join(LIB, 'pod/perlfunc.pod'), 'utf8');
    const entry = func.slice(func.indexOf('=item waitpid'), func.indexOf('=item warn'));
    writeFileSync(join(dir, 'f.pod'), `=over 8\n\n${entry}=back\n`);
    const r = machine('perldoc -f waitpid');
    expect(r.stdout).toBe(pod2text(join(dir, 'f.pod')));
    expect(r.status).toBe(0);
  }, 60_000);

  it('pages through $PAGER on a terminal', () => {
    const r = runLine('PAGER=cat perldoc Try::Tiny', { maxRealMs: 60_000 });
    expect(r.output).toBe(pod2text(podFile('Try::Tiny')));
  }, 60_000);
});

describe('perldoc\'s own behaviour', () => {
  it('an unknown module, a builtin without an entry, and no argument fail with status 1', () => {
    let r = machine('perldoc Foo::Bar');
    expect([r.stdout, r.stderr, r.status]).toEqual(['', 'No documentation found for "Foo::Bar".\n', 1]);
    r = machine('perldoc -f frobnicate');
    expect([r.stdout, r.stderr, r.status]).toEqual(['', "No documentation for perl function 'frobnicate' found\n", 1]);
    r = machine('perldoc nopod.pl', { 'nopod.pl': 'print 1;\n' });
    expect([r.stdout, r.stderr, r.status]).toEqual(['', 'No documentation found for "nopod.pl".\n', 1]);
    r = machine('perldoc');
    expect(r.stderr).toMatch(/^perldoc \[options\] PageName/);
    expect(r.status).toBe(1);
    r = machine('perldoc -q socket');
    expect([r.stderr, r.status]).toEqual(['perldoc: -q is not available on this machine\n', 255]);
  }, 60_000);

  it('-l prints the path (.pod before .pm), -m the module source, -h the help', () => {
    const r = machine('perldoc -l IO::Select Test::Builder prove; perldoc -m Try::Tiny; perldoc -h');
    const help = r.stdout.slice(r.stdout.indexOf('perldoc [options]'));
    expect(r.stdout).toBe(
      '/usr/lib/perl5/IO/Select.pod\n/usr/lib/perl5/Test/Builder.pm\n/usr/bin/prove\n'
      + installedText(readFileSync(join(LIB, 'Try/Tiny.pm'), 'utf8')) + help,
    );
    expect(help).toMatch(/^perldoc \[options\] PageName\|ModuleName\|ProgramName\|URL\.\.\.\n/);
    expect(r.status).toBe(0);
  }, 60_000);
});

describe('the pages in the module library', () => {
  it('has a page for every module the chapter uses, each with NAME, SYNOPSIS and DESCRIPTION', () => {
    for (const m of PAGES) {
      const text = PERL_LIB_FILES[`/usr/lib/perl5/${m.replace(/::/g, '/')}.pod`];
      expect(text, m).toBeDefined();
      expect(text!.match(/^=head1 (\w+)/gm)!.slice(0, 3), m).toEqual(['=head1 NAME', '=head1 SYNOPSIS', '=head1 DESCRIPTION']);
    }
  });

  it('ships pages, Pod::* and perldoc in the part fetched on first open', () => {
    const { more } = perlLibTiers(PERL_LIB_FILES);
    const pods = Object.keys(PERL_LIB_FILES).filter((p) => p.endsWith('.pod'));
    expect(pods.length).toBeGreaterThan(PAGES.length);
    for (const p of [...pods, '/usr/lib/perl5/Pod/Text.pm', '/usr/lib/perl5/Pod/Usage.pm', '/usr/bin/perldoc']) expect(more).toContain(p);
  });
});
