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
    while (@ARGV && $ARGV[0] =~ /^-(.)(.*)/) {
        my ($first, $rest) = ($1, $2);
        if ($ARGV[0] eq '--') { shift @ARGV; last; }
        shift @ARGV;
        if (index($argspec, $first) >= 0) {
            $rest = shift @ARGV if $rest eq '';
            _store($hash, $caller, $first, $rest);
        } else {
            _store($hash, $caller, $first, 1);
            unshift @ARGV, "-$rest" if $rest ne '';
        }
    }
    return;
}

our $OUTPUT_HELP_VERSION;

# Where --help and --version write: STDOUT in standard mode, else STDERR.
sub _out { return $OUTPUT_HELP_VERSION // ($STANDARD_HELP_VERSION ? \*STDOUT : \*STDERR) }

sub version_mess {
    my ($args, $from_getopts) = @_;
    my $h = _out();
    if ($from_getopts && defined &main::VERSION_MESSAGE) {
        main::VERSION_MESSAGE($h, __PACKAGE__, $VERSION, $args);
        return;
    }
    my $v = defined $main::VERSION ? $main::VERSION : '[unknown]';
    my $mine = $VERSION . ($STANDARD_HELP_VERSION ? '' : ' [paranoid]');
    printf $h "%s version %s calling Getopt::Std::getopts (version %s),\nrunning under Perl version %vd.\n", $0, $v, $mine, $^V;
}

sub help_mess {
    my ($args, $from_getopts) = @_;
    my $h = _out();
    if ($from_getopts && defined &main::HELP_MESSAGE) {
        main::HELP_MESSAGE($h, __PACKAGE__, $VERSION, $args);
        return;
    }
    my @with = $args =~ /(\S)\s*:/g;
    my @bool = $args =~ /([^\s:])(?!\s*:)/g;
    my ($list, $space) = ('', '');
    if (@with) {
        $list .= "\n\tWith arguments: -" . join(' -', @with);
        $space = "\nSpace is not required between options and their arguments.";
    }
    $list .= "\n\tBoolean (without arguments): -" . join(' -', @bool) if @bool;
    my ($script) = $0 =~ m{([^/\\]+)$};
    print $h "\nUsage: $script [-OPTIONS [-MORE_OPTIONS]] [--] [PROGRAM_ARG1 ...]\n" if $from_getopts;
    print $h "\nThe following single-character options are accepted:$list\n\n";
    print $h "Options may be merged together.  -- stops processing of options.$space\n";
    my $pod;
    if (defined $0 && $0 ne '-e' && -f $0 && open my $fh, '<', $0) {
        while (<$fh>) { if (/^=(?:pod|head1)/) { $pod = 1; last } }
    }
    print $h "\nFor more details run\n\tperldoc -F $0\n" if $pod;
}

sub _after_help {
    exit 0 if $STANDARD_HELP_VERSION;
    print { _out() } "  [Now continuing due to backward compatibility and excessive paranoia.\n"
        . "   See 'perldoc Getopt::Std' about \$Getopt::Std::STANDARD_HELP_VERSION.]\n";
}

# getopts: a letter followed by ':' takes an argument; unknown letters
# are reported on STDERR and make the result false. --help and --version
# print the usage and version texts.
sub getopts {
    my ($argspec, $hash) = @_;
    my $caller = caller;
    my @args = split / */, $argspec;
    my $errs = 0;
    while (@ARGV && $ARGV[0] =~ /^-(.)(.*)/s) {
        my ($first, $rest) = ($1, $2);
        if ($ARGV[0] eq '--') { shift @ARGV; last; }
        my $pos = index($argspec, $first);
        if ($pos >= 0) {
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
        } elsif ($first eq '-' && ($rest eq 'help' || $rest eq 'version')) {
            version_mess($argspec, 1);
            help_mess($argspec, 1) if $rest eq 'help';
            _after_help();
            shift @ARGV;
        } else {
            warn "Unknown option: $first\n";
            ++$errs;
            if ($rest ne '') { $ARGV[0] = "-$rest"; } else { shift @ARGV; }
        }
    }
    return $errs == 0;
}

1;
