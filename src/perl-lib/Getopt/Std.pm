package Getopt::Std;
# Single-letter switch processing: getopts('ab:') and getopt('bc').
use strict;
use warnings;
use Exporter ();

our $VERSION = '1.13';
our @ISA = ('Exporter');
our @EXPORT = qw(getopt getopts);
our $STANDARD_HELP_VERSION;

sub _store {
    my ($hash, $caller, $name, $value) = @_;
    if ($hash) {
        $hash->{$name} = $value;
    } else {
        no strict 'refs';
        ${ $caller . '::opt_' . $name } = $value;
    }
    return;
}

# getopt: every listed letter takes an argument; others are boolean.
sub getopt {
    my ($argspec, $hash) = @_;
    $argspec = '' unless defined $argspec;
    my $caller = caller;
    while (@ARGV && $ARGV[0] =~ /^-(.)(.*)/s) {
        my ($first, $rest) = ($1, $2);
        if ($ARGV[0] eq '--') { shift @ARGV; last; }
        shift @ARGV;
        if (index($argspec, $first) >= 0) {
            $rest = shift @ARGV if $rest eq '' && @ARGV;
            _store($hash, $caller, $first, $rest);
        } else {
            _store($hash, $caller, $first, 1);
            unshift @ARGV, "-$rest" if $rest ne '';
        }
    }
    return;
}

# getopts: a letter followed by ':' takes an argument; unknown letters
# are reported on STDERR and make the result false.
sub getopts {
    my ($argspec, $hash) = @_;
    my $caller = caller;
    my @args = split //, $argspec;
    my $errs = 0;
    while (@ARGV && $ARGV[0] =~ /^-(.)(.*)/s) {
        my ($first, $rest) = ($1, $2);
        if ($ARGV[0] eq '--') { shift @ARGV; last; }
        my $pos = index($argspec, $first);
        if ($pos >= 0 && $first ne ':') {
            if (defined $args[$pos + 1] && $args[$pos + 1] eq ':') {
                shift @ARGV;
                if ($rest eq '') {
                    ++$errs unless @ARGV;
                    $rest = shift @ARGV;
                }
                _store($hash, $caller, $first, $rest);
            } else {
                _store($hash, $caller, $first, 1);
                if ($rest eq '') { shift @ARGV; } else { $ARGV[0] = "-$rest"; }
            }
        } else {
            if ($first eq '-' && $rest eq 'help' || $rest eq 'version' && $first eq '-') {
                shift @ARGV;
                next;
            }
            warn "Unknown option: $first\n";
            ++$errs;
            if ($rest ne '') { $ARGV[0] = "-$rest"; } else { shift @ARGV; }
        }
    }
    return $errs == 0;
}

1;
