/**
 * Build time (vite.config.ts, late-sizes.ts): the page's Perl module library in three
 * parts. The first comes with the Perl engine on the reader's first keystroke: the
 * modules the steps of the guide's chapter use, with everything they `use`, `require`
 * or inherit from. The two others are fetched the first time a process opens or execs
 * one of their files (file-gate.ts): the modules the chapter's code blocks use
 * (HTTP::Tiny, Mojo, AnyEvent, …), and the rest (Test::More, Getopt::Long, File::Temp,
 * …, the scripts under /usr/bin such as prove and perldoc, and every .pod page, which
 * no module loads).
 */

/** The modules the chapter's steps (terminal blocks, command builder) use. */
export const STEP_MODULES = ['IO::Socket::INET'];

/** The modules the chapter's code blocks use. */
export const CHAPTER_MODULES = [
  'IO::Socket::INET', 'IO::Select', 'HTTP::Tiny', 'LWP::UserAgent', 'JSON::MaybeXS', 'JSON::PP',
  'Try::Tiny', 'Mojo::UserAgent', 'AnyEvent', 'AnyEvent::Socket', 'AnyEvent::Handle',
  'IO::Async::Loop', 'IO::Async::Listener', 'Proc::Daemon',
];

const LIB = '/usr/lib/perl5/';

const modulePath = (name: string): string => `${LIB}${name.replace(/::/g, '/')}.pm`;

/** Module names a text loads: `use X`, `require X`, `use parent/base qw(X Y)`. */
export function moduleDeps(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:use|require)\s+([A-Z][\w]*(?:::\w+)*)/gm)) out.push(m[1]!);
  for (const m of text.matchAll(/\buse\s+(?:parent|base)\s+(?:-norequire\s*,\s*)?(?:qw\s*[(/[{]([^)/\]}]*)[)/\]}]|(['"])([\w:]+)\2)/g)) {
    out.push(...(m[1] ?? m[3] ?? '').split(/\s+/).filter(Boolean));
  }
  return out;
}

export interface PerlLibTiers {
  first: string[];
  chapter: string[];
  more: string[];
}

/** The library's paths in its three parts (each sorted). */
export function perlLibTiers(files: Readonly<Record<string, string>>, steps: readonly string[] = STEP_MODULES, chapter: readonly string[] = CHAPTER_MODULES): PerlLibTiers {
  const first = closure(files, steps, new Set());
  const code = closure(files, chapter, new Set(first));
  const all = Object.keys(files).sort();
  return {
    first: all.filter((p) => first.has(p)),
    chapter: all.filter((p) => code.has(p) && !first.has(p)),
    more: all.filter((p) => !code.has(p)),
  };
}

/** `seen` plus the files of `roots` and of everything they load. */
function closure(files: Readonly<Record<string, string>>, roots: readonly string[], seen: Set<string>): Set<string> {
  const queue = [...roots];
  while (queue.length) {
    const path = modulePath(queue.shift()!);
    const text = files[path];
    if (text === undefined || seen.has(path)) continue;
    seen.add(path);
    queue.push(...moduleDeps(text));
  }
  return seen;
}
