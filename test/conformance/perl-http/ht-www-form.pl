# oracle:
use strict; use warnings;
use HTTP::Tiny;
my $h = HTTP::Tiny->new;
print $h->www_form_urlencode({ q => 'perl & json', list => ['a b', 'c+d'], empty => '', uni => "\x{263a}", zero => 0 }), "\n";
print $h->www_form_urlencode([ b => undef, a => '=', c => "line\nbreak", d => '~-._*!' ]), "\n";
print $h->www_form_urlencode({}), "|\n";
print $h->www_form_urlencode([ x => [] ]), "|\n";
eval { $h->www_form_urlencode([ undef, 1 ]) }; print "undef key: ", $@ =~ s/ at \S+ line \d+\.\n//r, "\n";
