package IO::File;
# IO::File: IO::Handle and IO::Seekable plus open by name, with perl's
# two-argument modes, fopen-style modes ("r", "w+", ...) or O_* flags.
use strict;
use IO::Handle;
use IO::Seekable;
use Symbol ();
use Fcntl ();
our @ISA = ('IO::Handle', 'IO::Seekable');
our $VERSION = '1.48';
# Like the real module: the SEEK_* and O_* constants are exported by default.
our @EXPORT = qw(SEEK_SET SEEK_CUR SEEK_END O_ACCMODE O_APPEND O_CREAT O_DIRECTORY O_EXCL O_NDELAY O_NOCTTY O_NOFOLLOW O_NONBLOCK O_RDONLY O_RDWR O_TRUNC O_WRONLY);
{ no strict 'refs'; *{"IO::File::$_"} = \&{"Fcntl::$_"} for @EXPORT; }
sub import { require Exporter; local $Exporter::ExportLevel = $Exporter::ExportLevel + 1; Exporter::import(@_) }

my %FOPEN = ('r' => '<', 'rb' => '<', 'w' => '>', 'wb' => '>', 'a' => '>>', 'ab' => '>>',
    'r+' => '+<', 'rb+' => '+<', 'r+b' => '+<', 'w+' => '+>', 'wb+' => '+>', 'w+b' => '+>',
    'a+' => '+>>', 'ab+' => '+>>', 'a+b' => '+>>');

sub new {
    my $class = shift;
    my $fh = Symbol::gensym();
    bless $fh, ref($class) || $class;
    if (@_) { $fh->open(@_) or return undef }
    return $fh;
}

sub new_tmpfile {
    my $class = shift;
    my $fh = $class->new;
    my $name = sprintf('/tmp/.io-file-tmp-%d-%d', $$, int(rand(1e9)));
    open($fh, '+>', $name) or return undef;
    unlink $name;
    return $fh;
}

sub open {
    my ($fh, $file, $mode, $perms) = @_;
    return CORE::open($fh, $file) unless defined $mode;
    if ($mode =~ /^\d+$/) {
        defined $perms or $perms = 0666;
        return sysopen($fh, $file, $mode, $perms);
    }
    my $layer = '';
    $layer = $1 if $mode =~ s/(:.*)$//;
    $mode = $FOPEN{$mode} if exists $FOPEN{$mode};
    return CORE::open($fh, $mode . $layer, $file);
}

sub binmode { my $fh = shift; return @_ ? CORE::binmode($fh, $_[0]) : CORE::binmode($fh) }
1;
