package File::Copy;
# Copy and move files: copy($from, $to), move($from, $to) and the cp/mv
# variants that keep the source's permissions.
use strict;
use warnings;
use Exporter ();

our $VERSION = '2.39';
our @ISA = ('Exporter');
our @EXPORT = qw(copy move);
our @EXPORT_OK = qw(cp mv);

sub _is_handle {
    my $h = shift;
    return 1 if ref $h && (ref $h eq 'GLOB' || UNIVERSAL::isa($h, 'GLOB') || UNIVERSAL::isa($h, 'IO::Handle'));
    return 1 if ref \$h eq 'GLOB';
    return 0;
}

sub _target {
    my ($from, $to) = @_;
    return $to if _is_handle($to) || !-d $to || _is_handle($from);
    (my $base = $from) =~ s{.*/}{};
    return "$to/$base";
}

sub copy {
    my ($from, $to, $bufsize) = @_;
    die "Usage: copy(FROM, TO [, BUFFERSIZE]) " unless @_ == 2 || @_ == 3;
    $to = _target($from, $to);
    if (!_is_handle($from) && !_is_handle($to)) {
        my @a = stat $from;
        my @b = stat $to;
        if (@a && @b && $a[0] == $b[0] && $a[1] == $b[1]) {
            require Carp;
            Carp::carp("'$from' and '$to' are identical (not copied)");
            return 0;
        }
    }
    my ($in, $out, $close_in, $close_out);
    if (_is_handle($from)) { $in = $from; }
    else { open($in, '<', $from) or return 0; binmode $in; $close_in = 1; }
    if (_is_handle($to)) { $out = $to; }
    else {
        unless (open($out, '>', $to)) { close $in if $close_in; return 0; }
        binmode $out;
        $close_out = 1;
    }
    $bufsize = 1024 * 1024 unless $bufsize && $bufsize > 0;
    my $ok = 1;
    while (1) {
        my $buf;
        my $r = sysread($in, $buf, $bufsize);
        if (!defined $r) { $ok = 0; last; }
        last if $r == 0;
        my $off = 0;
        while ($off < $r) {
            my $w = syswrite($out, $buf, $r - $off, $off);
            if (!defined $w) { $ok = 0; last; }
            $off += $w;
        }
        last unless $ok;
    }
    close $in if $close_in;
    if ($close_out) { close($out) or $ok = 0; }
    return $ok ? 1 : 0;
}

sub cp {
    my ($from, $to) = @_;
    my $ok = copy($from, $to);
    return $ok unless $ok && !_is_handle($from) && !_is_handle($to);
    my $mode = (stat $from)[2];
    chmod($mode & 07777, _target($from, $to)) if defined $mode;
    return $ok;
}

sub move {
    my ($from, $to) = @_;
    die "Usage: move(FROM, TO) " unless @_ == 2;
    $to = _target($from, $to);
    return 1 if rename $from, $to;
    return 0 if -d $from;
    my $ok = copy($from, $to);
    unless ($ok && unlink $from) {
        my $err = $!;
        unlink $to if $ok;
        $! = $err;
        return 0;
    }
    return 1;
}

sub mv { return move(@_) }

1;
