package Config;
# Config: the build settings perl reports (as perl 5.36 on x86_64 Linux).
use strict;
use Exporter 'import';
our @EXPORT = qw(%Config);
our @EXPORT_OK = qw(myconfig config_sh config_vars);
our $VERSION = '5.036000';
our %Config = (
    osname => 'linux', archname => 'x86_64-linux-gnu-thread-multi', version => '5.36.0',
    api_versionstring => '5.36.0', PERL_REVISION => 5, PERL_VERSION => 36, PERL_SUBVERSION => 0,
    path_sep => ':', perlpath => '/usr/bin/perl', startperl => '#!/usr/bin/perl', sh => '/bin/sh',
    cc => 'x86_64-linux-gnu-gcc', byteorder => '12345678', intsize => 4, longsize => 8, ptrsize => 8,
    ivsize => 8, nvsize => 8, uvsize => 8, doublesize => 8, useithreads => 'define', usethreads => 'define',
    d_fork => 'define', d_alarm => 'define', d_sigaction => 'define', d_flock => 'define',
    privlib => '/usr/lib/perl5', sitelib => '/usr/local/lib/perl5', exe_ext => '', so => 'so',
    sig_name => 'ZERO HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO PWR SYS NUM32 NUM33 RTMIN NUM35 NUM36 NUM37 NUM38 NUM39 NUM40 NUM41 NUM42 NUM43 NUM44 NUM45 NUM46 NUM47 NUM48 NUM49 NUM50 NUM51 NUM52 NUM53 NUM54 NUM55 NUM56 NUM57 NUM58 NUM59 NUM60 NUM61 NUM62 NUM63 RTMAX IOT CLD POLL',
    sig_num => join(' ', 0 .. 64, 6, 17, 29),
);
sub myconfig { return "Summary of my perl5 (revision 5 version 36 subversion 0) configuration:\n" }
1;
