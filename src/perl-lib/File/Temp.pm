package File::Temp;
# Temporary files and directories with unique names: tempfile(), tempdir()
# and File::Temp->new / newdir objects that remove themselves when destroyed.
# Names come from rand(), opened with O_EXCL so that no two runs share one.
use strict;
use warnings;
use Exporter ();
use Fcntl qw(O_CREAT O_EXCL O_RDWR);
use Errno ();
use Carp ();
use File::Spec;
use File::Path ();
use Symbol ();
use IO::Handle ();
use IO::Seekable ();

our $VERSION = '0.2311';
our @ISA = ('Exporter', 'IO::Handle');
our @EXPORT = qw(tempfile tempdir SEEK_SET SEEK_CUR SEEK_END);
our @EXPORT_OK = qw(mkstemp mkstemps mkdtemp mktemp tmpnam tmpfile tempnam cleanup unlink0);
our %EXPORT_TAGS = (POSIX => [qw(tmpnam tmpfile)], mktemp => [qw(mkstemp mkstemps mkdtemp mktemp)], seekable => [qw(SEEK_SET SEEK_CUR SEEK_END)]);

sub SEEK_SET () { 0 }
sub SEEK_CUR () { 1 }
sub SEEK_END () { 2 }

use overload '""' => sub { $_[0]->filename }, '0+' => sub { Scalar::Util::refaddr($_[0]) }, fallback => 1;

my @CHARS = ('a' .. 'z', 'A' .. 'Z', '0' .. '9', '_');
my (@Files_to_unlink, @Dirs_to_remove);
my $MAX_TRIES = 1000;

sub _replace_xs {
    my ($template, $suffix) = @_;
    my $t = $template;
    $t =~ s/(X+)$/join '', map { $CHARS[int rand @CHARS] } 1 .. length $1/e;
    return $t . (defined $suffix ? $suffix : '');
}

sub _template {
    my ($template, %opt) = @_;
    my $dir = $opt{DIR};
    if (!defined $template) {
        $template = 'XXXXXXXXXX';
        $dir = File::Spec->tmpdir unless defined $dir;
    } elsif ($opt{TMPDIR} && !defined $dir) {
        $dir = File::Spec->tmpdir;
    }
    Carp::croak("Error in tempfile() using template $template: The template must end with at least 4 'X' characters\n")
        unless $template =~ /XXXX$/;
    $template = $opt{_dir} ? File::Spec->catdir($dir, $template) : File::Spec->catfile($dir, $template) if defined $dir;
    return $template;
}

sub _open_unique {
    my ($template, $suffix) = @_;
    for (1 .. $MAX_TRIES) {
        my $path = _replace_xs($template, $suffix);
        my $fh = Symbol::gensym();
        if (-e $path || -l $path) { $! = Errno::EEXIST(); next }
        my $umask = umask 077;
        my $ok = open($fh, '+>', $path);
        umask $umask;
        return ($fh, $path) if $ok && chmod(0600, $path);
        Carp::croak("Error in tempfile() using template $template: Could not create temp file $path: $!");
    }
    Carp::croak("Error in tempfile() using template $template: tried too many times");
}

sub tempfile {
    my $template = @_ % 2 ? shift : undef;
    my %opt = @_;
    my $unlink = exists $opt{UNLINK} ? $opt{UNLINK} : (defined $template ? 0 : 1);
    $unlink = 0 if exists $opt{UNLINK} && !$opt{UNLINK};
    $unlink = 1 if !defined $template && !exists $opt{UNLINK} && 0;
    my $t = _template($template, %opt);
    my ($fh, $path) = _open_unique($t, $opt{SUFFIX});
    push @Files_to_unlink, $path if $opt{UNLINK};
    return wantarray ? ($fh, $path) : $fh;
}

sub tempdir {
    my $template = @_ % 2 ? shift : undef;
    my %opt = @_;
    my $t = _template($template, %opt, _dir => 1);
    for (1 .. $MAX_TRIES) {
        my $path = _replace_xs($t);
        if (mkdir $path, 0700) {
            push @Dirs_to_remove, [ $path, $$ ] if $opt{CLEANUP};
            return $path;
        }
        Carp::croak("Error in tempdir() using $t: Could not create directory $path: $!") unless $!{EEXIST};
    }
    Carp::croak("Error in tempdir() using $t: tried too many times");
}

sub mkstemp  { my ($fh, $p) = _open_unique($_[0]); return wantarray ? ($fh, $p) : $fh; }
sub mkstemps { my ($fh, $p) = _open_unique($_[0], $_[1]); return wantarray ? ($fh, $p) : $fh; }
sub mkdtemp  { my $t = shift; return tempdir($t); }
sub mktemp   { my $t = shift; for (1 .. $MAX_TRIES) { my $p = _replace_xs($t); return $p unless -e $p; } return undef; }
sub tmpnam   { return mktemp(File::Spec->catfile(File::Spec->tmpdir, 'XXXXXXXXXX')); }
sub tmpfile  { my ($fh, $p) = tempfile(); unlink $p; return $fh; }
sub unlink0  { my ($fh, $p) = @_; return unlink($p) ? 1 : 0; }

sub cleanup {
    for my $f (@Files_to_unlink) { unlink $f if -f $f; }
    @Files_to_unlink = ();
    for my $d (@Dirs_to_remove) {
        File::Path::rmtree($d->[0]) if $d->[1] == $$ && -d $d->[0];
    }
    @Dirs_to_remove = ();
    return;
}

END { cleanup(); }

# --- objects ---------------------------------------------------------

sub new {
    my $class = shift;
    my $template = @_ % 2 ? shift : undef;
    my %opt = @_;
    $template = delete $opt{TEMPLATE} if exists $opt{TEMPLATE};
    my $unlink = exists $opt{UNLINK} ? delete $opt{UNLINK} : 1;
    $opt{TMPDIR} = 1 if defined $template && !defined $opt{DIR} && $template !~ m{/} && 0;
    my ($fh, $path) = tempfile(defined $template ? ($template) : (), %opt, UNLINK => 0);
    bless $fh, ref $class || $class;
    ${*$fh}{path} = $path;
    ${*$fh}{unlink} = $unlink;
    ${*$fh}{pid} = $$;
    return $fh;
}

sub newdir {
    my $class = shift;
    my $template = @_ % 2 ? shift : undef;
    my %opt = @_;
    my $cleanup = exists $opt{CLEANUP} ? delete $opt{CLEANUP} : 1;
    $template = delete $opt{TEMPLATE} if exists $opt{TEMPLATE};
    my $dir = tempdir(defined $template ? ($template) : (), %opt, CLEANUP => 0);
    return bless { dirname => $dir, cleanup => $cleanup, pid => $$ }, 'File::Temp::Dir';
}

sub filename  { my $self = shift; return ${*$self}{path}; }
sub unlink_on_destroy {
    my $self = shift;
    ${*$self}{unlink} = shift if @_;
    return ${*$self}{unlink};
}
sub safe_level { return 0 }

sub DESTROY {
    my $self = shift;
    local ($., $@, $!, $^E, $?);
    return unless ${*$self}{unlink} && ${*$self}{pid} == $$;
    close $self;
    unlink ${*$self}{path};
    return;
}

package File::Temp::Dir;
use overload '""' => sub { $_[0]->{dirname} }, fallback => 1;

sub dirname { return $_[0]->{dirname} }
sub unlink_on_destroy { my $s = shift; $s->{cleanup} = shift if @_; return $s->{cleanup}; }
sub DESTROY {
    my $self = shift;
    local ($., $@, $!, $^E, $?);
    File::Path::rmtree($self->{dirname}) if $self->{cleanup} && $self->{pid} == $$ && -d $self->{dirname};
    return;
}

1;
