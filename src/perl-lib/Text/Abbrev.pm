package Text::Abbrev;
# The table of unambiguous abbreviations of a list of words.
use strict;
use warnings;
use Exporter ();

our $VERSION = '1.02';
our @ISA = ('Exporter');
our @EXPORT = qw(abbrev);

sub abbrev {
    my $hash = (@_ && ref $_[0] eq 'HASH') ? shift : {};
    %$hash = ();
    my %count;
    for my $w (@_) {
        for my $len (1 .. length $w) { $count{ substr($w, 0, $len) }++; }
    }
    for my $w (@_) {
        for my $len (1 .. length $w) {
            my $ab = substr($w, 0, $len);
            $hash->{$ab} = $w if $count{$ab} == 1;
        }
        $hash->{$w} = $w;
    }
    return wantarray ? %$hash : $hash;
}

1;
