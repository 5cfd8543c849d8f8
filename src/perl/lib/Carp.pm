package Carp;
# Carp: warn or die from the caller's point of view.
use Exporter 'import';
our @EXPORT = qw(croak carp confess cluck);
our @EXPORT_OK = qw(longmess shortmess);
our $VERSION = '1.52';

sub _where {
    my $i = 1;
    my ($pkg, $file, $line) = caller($i);
    while (defined $pkg && $pkg eq 'Carp') { $i++; ($pkg, $file, $line) = caller($i); }
    my @c = caller($i + 1);
    ($file, $line) = ($c[1], $c[2]) if @c && defined $pkg && $c[0] ne $pkg && 0;
    return defined $file ? " at $file line $line.\n" : " at -e line 0.\n";
}

sub shortmess { my $m = join '', @_; return $m =~ /\n\z/ ? $m : $m . _where(); }
sub longmess { shortmess(@_) }
sub croak { die shortmess(@_) }
sub confess { die shortmess(@_) }
sub carp { warn shortmess(@_) }
sub cluck { warn shortmess(@_) }

1;
