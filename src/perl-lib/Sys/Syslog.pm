package Sys::Syslog;
# Log through the system logger: RFC 3164 datagrams such as
# "<13>Jan  1 00:00:05 myapp[123]: message" sent to the Unix datagram
# socket /dev/log.
use strict;
use warnings;
use Exporter ();
use Socket qw(AF_UNIX SOCK_DGRAM sockaddr_un);
use Carp ();

our $VERSION = '0.36';
our @ISA = ('Exporter');
our @EXPORT = qw(openlog syslog closelog setlogmask);
our @EXPORT_OK = qw(setlogsock);

my %PRIORITY = (emerg => 0, panic => 0, alert => 1, crit => 2, err => 3, error => 3,
    warning => 4, warn => 4, notice => 5, info => 6, debug => 7);
my %FACILITY = (kern => 0, user => 1, mail => 2, daemon => 3, auth => 4, syslog => 5,
    lpr => 6, news => 7, uucp => 8, cron => 9, authpriv => 10, ftp => 11,
    map { ("local$_" => 16 + $_) } 0 .. 7);
my %CONST;
for my $k (keys %PRIORITY) { $CONST{ 'LOG_' . uc $k } = $PRIORITY{$k}; }
for my $k (keys %FACILITY) { $CONST{ 'LOG_' . uc $k } = $FACILITY{$k} << 3; }
%CONST = (%CONST, LOG_PID => 0x01, LOG_CONS => 0x02, LOG_ODELAY => 0x04, LOG_NDELAY => 0x08,
    LOG_NOWAIT => 0x10, LOG_PERROR => 0x20);
for my $name (keys %CONST) {
    my $v = $CONST{$name};
    no strict 'refs';
    *{__PACKAGE__ . "::$name"} = sub () { $v };
}
push @EXPORT_OK, keys %CONST, qw(LOG_MASK LOG_UPTO);
our %EXPORT_TAGS = (standard => [@EXPORT, keys %CONST], macros => [keys %CONST, qw(LOG_MASK LOG_UPTO)]);

sub LOG_MASK { return 1 << $_[0] }
sub LOG_UPTO { return (1 << ($_[0] + 1)) - 1 }

my ($ident, %options, $facility, $sock, $connected);
my $mask = 0xff;
my $path = '/dev/log';
$facility = 1 << 3;

sub openlog {
    my ($id, $opts, $fac) = @_;
    $ident = $id;
    %options = map { $_ => 1 } split /\s*[,\s]\s*/, defined $opts ? $opts : '';
    $facility = _facility($fac) if defined $fac && length $fac;
    _connect() if $options{ndelay};
    return 1;
}

sub _facility {
    my $f = shift;
    return $f if $f =~ /^\d+$/;
    my $k = lc $f; $k =~ s/^log_//;
    Carp::croak("syslog: invalid level/facility: $f") unless exists $FACILITY{$k};
    return $FACILITY{$k} << 3;
}

sub setlogmask {
    my $old = $mask;
    $mask = shift if @_ && $_[0];
    return $old;
}

sub setlogsock {
    my $spec = shift;
    my %o = ref $spec eq 'HASH' ? %$spec : (type => $spec, path => shift);
    my @types = ref $o{type} eq 'ARRAY' ? @{ $o{type} } : ($o{type});
    for my $t (@types) {
        next unless defined $t;
        Carp::croak("setlogsock(): type='$t': unsupported here (only unix)") unless $t =~ /^(?:unix|native)$/;
    }
    $path = $o{path} if defined $o{path};
    closelog();
    return 1;
}

sub _connect {
    return 1 if $connected;
    socket($sock, AF_UNIX, SOCK_DGRAM, 0) or return 0;
    unless (connect($sock, sockaddr_un($path))) { close $sock; undef $sock; return 0; }
    $connected = 1;
    return 1;
}

my @MON = qw(Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec);

sub syslog {
    my ($priority, $fmt, @args) = @_;
    Carp::croak('syslog: expecting argument $priority') unless defined $priority;
    Carp::croak('syslog: expecting argument $format') unless defined $fmt;
    my ($pri, $fac) = (undef, $facility);
    for my $word (split /\W+/, $priority) {
        next unless length $word;
        if ($word =~ /^\d+$/) { $pri = $word & 7; $fac = $word & ~7 if $word & ~7; next; }
        my $k = lc $word; $k =~ s/^log_//;
        if (exists $PRIORITY{$k}) { $pri = $PRIORITY{$k}; }
        elsif (exists $FACILITY{$k}) { $fac = $FACILITY{$k} << 3; }
        else { Carp::croak("syslog: invalid level/facility: $word"); }
    }
    Carp::croak("syslog: level must be given") unless defined $pri;
    return 0 unless $mask & (1 << $pri);
    my $err = "$!";
    (my $f = $fmt) =~ s/(?<!%)%m/$err/g;
    my $message = @args ? sprintf($f, @args) : $f;
    my $id = defined $ident ? $ident : do { (my $p = $0) =~ s{.*/}{}; $p };
    my @t = localtime;
    my $stamp = sprintf('%s %2d %02d:%02d:%02d', $MON[$t[4]], $t[3], $t[2], $t[1], $t[0]);
    my $tag = $options{pid} ? "$id\[$$\]" : $id;
    my $line = '<' . ($pri | $fac) . ">$stamp $tag: $message";
    print STDERR "$tag: $message\n" if $options{perror};
    _connect() or do {
        return 0 if $options{nofatal};
        Carp::croak("no connection to syslog available\n\t- unix dgram connect: $!");
    };
    defined send($sock, $line, 0) or return 0;
    return 1;
}

sub closelog {
    close $sock if $sock;
    undef $sock;
    $connected = 0;
    return 1;
}

1;
