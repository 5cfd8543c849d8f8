package List::Util;
# List::Util written in Perl: the block-taking functions run as ordinary subs.
use Exporter 'import';
our @EXPORT_OK = qw(first sum sum0 max min maxstr minstr reduce shuffle sample uniq uniqnum uniqstr uniqint any all none notall product pairs unpairs pairkeys pairvalues pairmap pairgrep pairfirst reductions head tail zip mesh);
our $VERSION = '1.63';

sub first(&@) { my $c = shift; for (@_) { return $_ if $c->() } return undef }
sub any(&@) { my $c = shift; for (@_) { return 1 if $c->() } return '' }
sub all(&@) { my $c = shift; for (@_) { return '' unless $c->() } return 1 }
sub none(&@) { my $c = shift; for (@_) { return '' if $c->() } return 1 }
sub notall(&@) { my $c = shift; for (@_) { return 1 unless $c->() } return '' }
sub sum { return undef unless @_; my $s = 0; $s += $_ for @_; $s }
sub sum0 { my $s = 0; $s += $_ for @_; $s }
sub product { my $p = 1; $p *= $_ for @_; $p }
sub max { return undef unless @_; my $m = shift; for (@_) { $m = $_ if $_ > $m } $m }
sub min { return undef unless @_; my $m = shift; for (@_) { $m = $_ if $_ < $m } $m }
sub maxstr { return undef unless @_; my $m = shift; for (@_) { $m = $_ if $_ gt $m } $m }
sub minstr { return undef unless @_; my $m = shift; for (@_) { $m = $_ if $_ lt $m } $m }
sub reduce(&@) {
    my $c = shift;
    return undef unless @_;
    my $pkg = caller;
    my ($oa, $ob) = (${"${pkg}::a"}, ${"${pkg}::b"});
    my $acc = shift;
    for my $x (@_) { ${"${pkg}::a"} = $acc; ${"${pkg}::b"} = $x; $acc = $c->(); }
    (${"${pkg}::a"}, ${"${pkg}::b"}) = ($oa, $ob);
    return $acc;
}
sub uniq { my %s; my @o; for (@_) { my $k = defined $_ ? $_ : ''; push @o, $_ unless $s{$k}++ } wantarray ? @o : scalar @o }
sub uniqnum { my %s; my @o; for (@_) { push @o, $_ unless $s{0 + $_}++ } wantarray ? @o : scalar @o }
sub uniqstr { my %s; my @o; for (@_) { push @o, $_ unless $s{defined $_ ? $_ : ''}++ } wantarray ? @o : scalar @o }
sub uniqint { my %s; my @o; for (@_) { my $i = int $_; push @o, $i unless $s{$i}++ } wantarray ? @o : scalar @o }
sub sample {
    my $n = shift;
    my @a = @_;
    my @out;
    while ($n-- > 0 && @a) { push @out, splice @a, int rand(@a), 1 }
    return @out;
}
sub shuffle { my @a = @_; for (my $i = @a - 1; $i > 0; $i--) { my $j = int rand($i + 1); @a[$i, $j] = @a[$j, $i]; } @a }
sub pairs { my @p; while (@_) { my ($k, $v) = splice @_, 0, 2; push @p, bless [$k, $v], 'List::Util::_Pair' } @p }
sub pairkeys { my @k; while (@_) { my ($k) = splice @_, 0, 2; push @k, $k } @k }
sub pairvalues { my @v; while (@_) { my (undef, $v) = splice @_, 0, 2; push @v, $v } @v }
sub head { my $n = shift; $n = @_ + $n if $n < 0; @_[0 .. $n - 1] }
sub tail { my $n = shift; $n = @_ + $n if $n < 0; @_[@_ - $n .. $#_] }

sub pairmap(&@) {
    my $code = shift;
    my @out;
    my $pkg = caller;
    my ($oa, $ob) = (${"${pkg}::a"}, ${"${pkg}::b"});
    for (my $i = 0; $i < @_; $i += 2) {
        (${"${pkg}::a"}, ${"${pkg}::b"}) = ($_[$i], $_[$i + 1]);
        push @out, $code->();
    }
    (${"${pkg}::a"}, ${"${pkg}::b"}) = ($oa, $ob);
    return wantarray ? @out : scalar @out;
}
sub pairgrep(&@) {
    my $code = shift;
    my $pkg = caller;
    my @out;
    my ($oa, $ob) = (${"${pkg}::a"}, ${"${pkg}::b"});
    for (my $i = 0; $i < @_; $i += 2) {
        (${"${pkg}::a"}, ${"${pkg}::b"}) = ($_[$i], $_[$i + 1]);
        push @out, $_[$i], $_[$i + 1] if scalar $code->();
    }
    (${"${pkg}::a"}, ${"${pkg}::b"}) = ($oa, $ob);
    return wantarray ? @out : @out / 2;
}
sub pairfirst(&@) {
    my $code = shift;
    my $pkg = caller;
    my @out;
    my ($oa, $ob) = (${"${pkg}::a"}, ${"${pkg}::b"});
    for (my $i = 0; $i < @_; $i += 2) {
        (${"${pkg}::a"}, ${"${pkg}::b"}) = ($_[$i], $_[$i + 1]);
        if (scalar $code->()) { @out = ($_[$i], $_[$i + 1]); last }
    }
    (${"${pkg}::a"}, ${"${pkg}::b"}) = ($oa, $ob);
    return wantarray ? @out : @out ? 1 : '';
}
sub unpairs { map { @$_[0, 1] } @_ }
sub reductions(&@) {
    my $c = shift;
    return () unless @_;
    my $pkg = caller;
    my ($oa, $ob) = (${"${pkg}::a"}, ${"${pkg}::b"});
    my @out = (shift);
    for my $x (@_) { ${"${pkg}::a"} = $out[-1]; ${"${pkg}::b"} = $x; push @out, $c->(); }
    (${"${pkg}::a"}, ${"${pkg}::b"}) = ($oa, $ob);
    return @out;
}
sub zip { my $n = 0; for (@_) { $n = @$_ if @$_ > $n } map { my $i = $_; [map { $_->[$i] } @_] } 0 .. $n - 1 }
sub mesh { my $n = 0; for (@_) { $n = @$_ if @$_ > $n } map { my $i = $_; map { $_->[$i] } @_ } 0 .. $n - 1 }

package List::Util::_Pair;
sub key { $_[0][0] }
sub value { $_[0][1] }
sub TO_JSON { [@{ $_[0] }] }

1;
