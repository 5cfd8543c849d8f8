package IO::Handle;
# Object methods on filehandles: the glob-based handle objects that
# IO::File and IO::Socket build on.
use strict;
use warnings;
no warnings 'redefine';
use Symbol ();
use Carp ();
# A perl with the IO extension (the host perl reading this library in the
# tests) gets its XS parts, such as IO::File::new_tmpfile; these subs win.
BEGIN { local ($!, $@); eval { require IO; 1 } }

our $VERSION = '1.48';

sub new {
    my $class = ref($_[0]) || $_[0] || 'IO::Handle';
    Carp::croak("usage: $class->new()") if @_ > 1 && !ref $_[0] && @_ != 1;
    my $io = Symbol::gensym();
    return bless $io, $class;
}

sub new_from_fd {
    my ($class, $fd, $mode) = @_;
    my $io = $class->new;
    $io->fdopen($fd, $mode) or return undef;
    return $io;
}

sub _open_mode {
    my $mode = shift;
    return '<'  if !defined $mode || $mode eq 'r' || $mode eq '<';
    return '>'  if $mode eq 'w' || $mode eq '>';
    return '>>' if $mode eq 'a' || $mode eq '>>';
    return '+<' if $mode eq 'r+' || $mode eq '+<';
    return $mode;
}

sub fdopen {
    my ($io, $fd, $mode) = @_;
    $fd = CORE::fileno($fd) if ref $fd || $fd !~ /^\d+$/;
    return open($io, _open_mode($mode) . '&=', $fd) ? $io : undef;
}

# An fopen-style mode ("r", "w+", ...) as perl's ("<", "+>", ...); IO::File uses it.
sub _open_mode_string {
    my ($mode) = @_;
    $mode =~ /^\+?(<|>>?)$/
        or $mode =~ s/^r(\+?)$/$1</
        or $mode =~ s/^w(\+?)$/$1>/
        or $mode =~ s/^a(\+?)$/$1>>/
        or do { require Carp; Carp::croak("IO::Handle: bad open mode: $mode") };
    return $mode;
}

sub close    { my $io = shift; return CORE::close($io); }
sub fileno   { my $io = shift; return CORE::fileno($io); }
sub opened   { my $io = shift; return defined CORE::fileno($io) ? 1 : ''; }
sub eof      { my $io = shift; return CORE::eof($io); }
sub getc     { my $io = shift; return CORE::getc($io); }
sub binmode  { my $io = shift; return @_ ? binmode($io, $_[0]) : binmode($io); }
sub print    { my $io = shift; return print $io @_; }
sub printf   { my $io = shift; my $fmt = shift; return printf $io $fmt, @_; }
sub say      { my $io = shift; local $\ = "\n"; return print $io @_; }
sub truncate { my ($io, $len) = @_; return CORE::truncate($io, $len); }
sub stat     { my $io = shift; return CORE::stat($io); }

sub getline {
    my $io = shift;
    Carp::croak('usage: $io->getline()') if @_;
    return scalar <$io>;
}

sub getlines {
    my $io = shift;
    Carp::croak('Can\'t call $io->getlines in a scalar context, use $io->getline') unless wantarray;
    return <$io>;
}

sub input_line_number {
    my $io = shift;
    my $old = select $io;
    my $n = $.;
    select $old;
    return $n;
}

sub autoflush {
    my $io = shift;
    my $old = select $io;
    my $prev = $|;
    $| = @_ ? $_[0] : 1;
    select $old;
    return $prev;
}

sub flush {
    my $io = shift;
    my $old = select $io;
    my $prev = $|;
    $| = 1;
    $| = $prev;
    select $old;
    return "0 but true";
}

sub blocking ($;$) {
    my $io = shift;
    require Fcntl;
    my $flags = fcntl($io, Fcntl::F_GETFL(), 0);
    return undef unless defined $flags;
    my $was = ($flags & Fcntl::O_NONBLOCK()) ? 0 : 1;
    if (@_) {
        my $new = $_[0] ? $flags & ~Fcntl::O_NONBLOCK() : $flags | Fcntl::O_NONBLOCK();
        fcntl($io, Fcntl::F_SETFL(), $new) or return undef;
    }
    return $was;
}

sub sysread  { my $io = shift; return CORE::sysread($io, $_[0], $_[1], $_[2] || 0); }
sub syswrite {
    my ($io, $buf, $len, $off) = @_;
    $len = length($buf) - ($off || 0) unless defined $len;
    return CORE::syswrite($io, $buf, $len, $off || 0);
}
sub read     { my $io = shift; return CORE::read($io, $_[0], $_[1], $_[2] || 0); }

sub printflush {
    my $io = shift;
    my $old = select $io;
    my $prev = $|;
    $| = 1;
    my $r = print $io @_;
    $| = $prev;
    select $old;
    return $r;
}
# Errors are reported when they happen here: a handle never holds a sticky error flag.
sub error    { my $io = shift; return defined CORE::fileno($io) ? 0 : -1 }
sub clearerr { my $io = shift; return defined CORE::fileno($io) ? 0 : -1 }
sub sync     { my $io = shift; return defined CORE::fileno($io) ? '0 but true' : undef }
sub untaint  { return 0 }
sub fcntl    { my ($io, $op, $arg) = @_; return CORE::fcntl($io, $op, $arg) }
sub format_write { my $io = shift; Carp::croak('IO::Handle::format_write is not supported on this machine') }
sub ungetc   { Carp::croak('IO::Handle::ungetc is not supported on this machine') }
sub input_record_separator { my $class = shift; my $old = $/; $/ = shift if @_; return $old }
sub output_record_separator { my $class = shift; my $old = $\; $\ = shift if @_; return $old }
sub output_field_separator { my $class = shift; my $old = $,; $, = shift if @_; return $old }

1;
