import { describe, expect, it } from 'vitest';
import { PERL_LIB_FILES } from '../perl-lib/files.generated.ts';
import { CHAPTER_MODULES, STEP_MODULES, moduleDeps, perlLibTiers } from './perl-lib-tiers.ts';

describe('the Perl module library in two parts', () => {
  it('reads what a module loads', () => {
    const text = [
      'package A::B;',
      'use strict;',
      'use IO::Socket::INET;',
      '  require Carp;',
      "use parent -norequire, 'Base::One';",
      'use base qw(Base::Two Base::Three);',
      'my $x = "use Not::Code";',
    ].join('\n');
    expect(moduleDeps(text)).toEqual(['IO::Socket::INET', 'Carp', 'Base::One', 'Base::Two', 'Base::Three']);
  });

  it('the steps\' modules come first, then the code blocks\' modules, then the rest with the scripts', () => {
    const tiers = perlLibTiers({
      '/usr/bin/tool': '#!/usr/bin/perl\nuse Rare;\n',
      '/usr/lib/perl5/Used.pm': 'package Used;\nuse Dep;\n1;\n',
      '/usr/lib/perl5/Dep.pm': 'package Dep;\n1;\n',
      '/usr/lib/perl5/Code.pm': 'package Code;\nuse parent -norequire, "Used";\nuse Dep2;\n1;\n',
      '/usr/lib/perl5/Dep2.pm': 'package Dep2;\n1;\n',
      '/usr/lib/perl5/Rare.pm': 'package Rare;\n1;\n',
    }, ['Used'], ['Code']);
    expect(tiers).toEqual({
      first: ['/usr/lib/perl5/Dep.pm', '/usr/lib/perl5/Used.pm'],
      chapter: ['/usr/lib/perl5/Code.pm', '/usr/lib/perl5/Dep2.pm'],
      more: ['/usr/bin/tool', '/usr/lib/perl5/Rare.pm'],
    });
  });

  it('splits the real library: every file once, the chapter\'s modules before the rest', () => {
    const { first, chapter, more } = perlLibTiers(PERL_LIB_FILES);
    expect([...first, ...chapter, ...more].sort()).toEqual(Object.keys(PERL_LIB_FILES).sort());
    const path = (m: string) => `/usr/lib/perl5/${m.replace(/::/g, '/')}.pm`;
    for (const m of STEP_MODULES) expect(first).toContain(path(m));
    for (const m of CHAPTER_MODULES) expect([...first, ...chapter]).toContain(path(m));
    expect(more).toContain('/usr/lib/perl5/Test/More.pm');
    expect(more).toContain('/usr/bin/prove');
  });
});
