package Pod::Usage;
# pod2usage: print a script's usage from its own POD and exit.
#   -verbose 0: the SYNOPSIS (as "Usage:"); 1: also OPTIONS and ARGUMENTS;
#   2: the whole document (through perldoc -F, or Pod::Text with -noperldoc);
#   99: the head1 sections named by -sections.
# The text goes to STDOUT when the exit status is below 2, else to STDERR.
use strict;
use warnings;
use Pod::Text ();

our $VERSION = '2.01';
use Exporter ();
our @ISA = ('Exporter');
our @EXPORT = qw(pod2usage);

sub _options {
    my @args = @_;
    my %o;
    if (@args == 1 && ref $args[0] eq 'HASH') { %o = %{ $args[0] }; }
    elsif (@args == 1 && defined $args[0] && $args[0] =~ /^[-+]?\d+\z/) { $o{-exitval} = $args[0]; }
    elsif (@args == 1) { $o{-message} = $args[0]; }
    else { %o = @args; }
    my %out;
    for my $k (keys %o) {
        my $n = lc $k;
        $n = "-$n" unless $n =~ /^-/;
        $n = '-message' if $n eq '-msg';
        $out{$n} = $o{$k};
    }
    return \%out;
}

# pod2usage(MESSAGE | EXITVAL | %options | \%options): -message/-msg,
# -exitval (a number or 'NOEXIT'), -verbose, -sections, -input, -output,
# -noperldoc.
sub pod2usage {
    my $o = _options(@_);
    if (!defined $o->{-exitval}) { $o->{-exitval} = ($o->{-verbose} // 0) > 0 ? 1 : 2; }
    $o->{-verbose} = $o->{-exitval} =~ /^\d+\z/ && $o->{-exitval} < 2 ? 1 : 0 unless defined $o->{-verbose};
    my $exit = $o->{-exitval};
    my $out = $o->{-output} // (($exit eq 'NOEXIT' || $exit < 2) ? \*STDOUT : \*STDERR);
    if (!ref $out) { open my $fh, '>', $out or die "Can't open $out: $!\n"; $out = $fh; }
    my $input = $o->{-input} // $0;
    print {$out} $o->{-message}, "\n" if defined $o->{-message} && length $o->{-message};
    my $v = $o->{-verbose};
    if ($v >= 2 && $v != 99 && !$o->{-noperldoc} && !ref $input && $out == \*STDOUT && _perldoc($input)) {
        # perldoc printed the document
    } else {
        my $p = Pod::Text->new;
        $p->{para_filter} = sub { _select($v, $o->{-sections}, @_) };
        $p->output_fh($out);
        $p->parse_file($input);
    }
    exit $exit unless $exit eq 'NOEXIT';
    return;
}

sub _perldoc {
    my ($file) = @_;
    for my $dir (split /:/, $ENV{PATH} // '') {
        next unless -x "$dir/perldoc";
        system("$dir/perldoc", '-F', $file);
        return $? == 0;
    }
    return 0;
}

# The paragraphs of the sections -verbose asks for, their head1s renamed.
sub _select {
    my ($v, $sections, @paras) = @_;
    return @paras if $v == 2;
    my @want;
    if ($v == 99) {
        my @s = ref $sections ? @$sections : split /\|/, ($sections // '');
        @want = map { (split m{/}, $_)[0] } @s;
    } else {
        @want = ('SYNOPSIS|USAGE');
        push @want, 'OPTIONS|ARGUMENTS', '(?:OPTIONS|ARGUMENTS)\s+AND\s+(?:OPTIONS|ARGUMENTS)' if $v >= 1;
    }
    my $re = join '|', map { "(?:$_)" } @want;
    my ($keep, @out) = (0);
    for my $p (@paras) {
        if ($p->{kind} eq 'command' && $p->{name} eq 'head1') {
            $keep = $p->{text} =~ /^(?:$re)\s*\z/ ? 1 : 0;
            next unless $keep;
            my $t = $p->{text};
            $t =~ s/\s+\z//;
            $t = $t =~ /^(?:SYNOPSIS|USAGE)\z/ ? 'Usage' : ucfirst lc $t;
            push @out, { %$p, text => "$t:" };
            next;
        }
        push @out, $p if $keep;
    }
    return @out;
}

1;
