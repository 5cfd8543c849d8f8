package Config;
# Config: the build settings perl reports (as perl 5.36 on x86_64 Linux).
use strict;
use Exporter 'import';
our @EXPORT = qw(%Config);
our @EXPORT_OK = qw(myconfig config_sh config_vars);
our $VERSION = '5.036000';
our %Config = (
    osname => 'linux', osvers => '6.1.0', archname => 'x86_64-linux-gnu-thread-multi', version => '5.36.0',
    api_versionstring => '5.36.0', PERL_REVISION => 5, PERL_VERSION => 36, PERL_SUBVERSION => 0,
    path_sep => ':', perlpath => '/usr/bin/perl', startperl => '#!/usr/bin/perl', sh => '/bin/sh',
    cc => 'x86_64-linux-gnu-gcc', byteorder => '12345678', intsize => 4, longsize => 8, ptrsize => 8,
    ivsize => 8, nvsize => 8, uvsize => 8, doublesize => 8, useithreads => 'define', usethreads => 'define',
    d_fork => 'define', d_alarm => 'define', d_sigaction => 'define', d_flock => 'define',
    privlib => '/usr/lib/perl5', sitelib => '/usr/local/lib/perl5', exe_ext => '', so => 'so',
    sig_name => 'ZERO HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO PWR SYS NUM32 NUM33 RTMIN NUM35 NUM36 NUM37 NUM38 NUM39 NUM40 NUM41 NUM42 NUM43 NUM44 NUM45 NUM46 NUM47 NUM48 NUM49 NUM50 NUM51 NUM52 NUM53 NUM54 NUM55 NUM56 NUM57 NUM58 NUM59 NUM60 NUM61 NUM62 NUM63 RTMAX IOT CLD POLL',
    sig_num => join(' ', 0 .. 64, 6, 17, 29),
);
sub myconfig {
    my $c = \%Config;
    return "Summary of my perl5 (revision 5 version 36 subversion 0) configuration:\n   \n"
        . "  Platform:\n    osname=$c->{osname}\n    osvers=$c->{osvers}\n    archname=$c->{archname}\n"
        . "    useposix=true\n    d_sigaction=$c->{d_sigaction}\n    useithreads=$c->{useithreads}\n"
        . "  Compiler:\n    intsize=$c->{intsize}\n    longsize=$c->{longsize}\n    ptrsize=$c->{ptrsize}\n"
        . "    doublesize=$c->{doublesize}\n    byteorder=$c->{byteorder}\n    ivsize=$c->{ivsize}\n    nvsize=$c->{nvsize}\n";
}

# perl -V: the summary, then where modules are looked for.
sub _V {
    print myconfig(), "\n\nCharacteristics of this binary (from libperl): \n";
    print "  Built under $Config{osname}\n  \@INC:\n", map { "    $_\n" } @INC;
}

# perl -V:NAME (a name, or a pattern when it holds a non-word character):
# NAME='value'; a leading ':' drops the name, a trailing ':' ends with a space.
sub config_vars {
    for my $arg (@_) {
        my ($bare, $q, $cont) = $arg =~ /^(:)?(.*?)(:)?$/;
        my $end = $cont ? ' ' : ";\n";
        my @pairs;
        if ($q =~ /\W/) {
            @pairs = map { [$_, $Config{$_}] } grep { /^(?:$q)$/ } sort keys %Config;
            unless (@pairs) { print "$q: not found$end"; next }
        } else {
            @pairs = ([$q, exists $Config{$q} ? $Config{$q} : 'UNKNOWN']);
        }
        for my $p (@pairs) {
            my $v = defined $p->[1] ? $p->[1] : 'undef';
            print $bare ? "'$v'$end" : "$p->[0]='$v'$end";
        }
    }
}
1;
