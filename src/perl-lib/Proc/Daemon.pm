package Proc::Daemon;
# Turn the process into a daemon: fork twice with setsid between, chdir,
# set the umask, reopen STDIN/STDOUT/STDERR and write the pid file.
# $d->Init returns the daemon's pid in the parent and 0 in the daemon;
# Proc::Daemon::Init() as a plain function makes the parent exit instead.
use strict;
use warnings;
use POSIX ();
use IO::Handle ();

our $VERSION = '0.23';

sub new {
    my ($class, %args) = @_;
    my $self = bless { %args }, ref $class || $class;
    $self->{work_dir} = '/' unless defined $self->{work_dir};
    $self->{child_STDIN}  = '/dev/null' unless defined $self->{child_STDIN};
    $self->{child_STDOUT} = '/dev/null' unless defined $self->{child_STDOUT};
    $self->{child_STDERR} = '/dev/null' unless defined $self->{child_STDERR};
    return $self;
}

sub _path_mode {
    my ($spec, $default) = @_;
    return ($1, $2) if $spec =~ /^(\+?>>?|\+?<)\s*(.*)$/;
    return ($default, $spec);
}

sub _pid_path {
    my ($self, $pidfile) = @_;
    return undef unless defined $pidfile;
    return $pidfile if $pidfile =~ m{^/};
    return "$self->{work_dir}/$pidfile";
}

sub Init {
    my $self = shift;
    my $as_function = !(ref $self && UNIVERSAL::isa($self, __PACKAGE__));
    if ($as_function) {
        my $args = ref $self eq 'HASH' ? $self : {};
        $self = __PACKAGE__->new(%$args);
    }
    pipe(my $r, my $w) or die "Cannot open a pipe: $!";
    my $pid = fork;
    die "Cannot fork: $!" unless defined $pid;
    if ($pid) {
        close $w;
        my $line = <$r>;
        close $r;
        waitpid($pid, 0);
        exit 0 if $as_function;
        chomp $line if defined $line;
        return $line || 0;
    }
    close $r;
    POSIX::setsid() or die "Cannot detach from controlling terminal: $!";
    $SIG{HUP} = 'IGNORE';
    my $pid2 = fork;
    die "Cannot fork: $!" unless defined $pid2;
    if ($pid2) {
        print $w "$pid2\n";
        close $w;
        POSIX::_exit(0);
    }
    close $w;
    $SIG{HUP} = 'DEFAULT';
    chdir $self->{work_dir} or die "Can't <chdir> to $self->{work_dir}: $!";
    umask $self->{file_umask} if defined $self->{file_umask};
    $self->_reopen;
    if (defined $self->{pid_file}) {
        my $file = $self->_pid_path($self->{pid_file});
        open(my $fh, '>', $file) or die "Can not open pidfile (pid_file => '$file'): $!";
        print $fh "$$\n";
        close $fh;
    }
    if (defined $self->{setgid}) { $( = $) = $self->{setgid}; }
    if (defined $self->{setuid}) { $< = $> = $self->{setuid}; }
    return 0;
}

sub _reopen {
    my $self = shift;
    close STDIN;
    close STDOUT;
    close STDERR;
    for my $fd (3 .. 63) { POSIX::close($fd); }
    my ($im, $ip) = _path_mode($self->{child_STDIN}, '<');
    my ($om, $op) = _path_mode($self->{child_STDOUT}, '+>');
    my ($em, $ep) = _path_mode($self->{child_STDERR}, '+>');
    open(STDIN, $im, $ip) or die "Can not open STDIN: $!";
    open(STDOUT, $om, $op) or die "Can not open STDOUT: $!";
    open(STDERR, $em, $ep) or die "Can not open STDERR: $!";
    # Once closed and opened again, perl's STDERR is an ordinary buffered
    # handle: what the daemon prints there waits for a flush.
    STDERR->autoflush(0);
    return;
}

sub get_pid {
    my ($self, $thing) = @_;
    return $thing if defined $thing && $thing =~ /^\d+$/;
    my $file = defined $thing ? $thing : $self->{pid_file};
    return 0 unless defined $file;
    $file = $self->_pid_path($file) if ref $self;
    open(my $fh, '<', $file) or return 0;
    my $pid = <$fh>;
    close $fh;
    return 0 unless defined $pid && $pid =~ /^(\d+)/;
    return $1;
}

sub Status {
    my ($self, $thing) = @_;
    $self = __PACKAGE__->new unless ref $self;
    my $pid = $self->get_pid($thing);
    return 0 unless $pid;
    return kill(0, $pid) ? $pid : 0;
}

sub Kill_Daemon {
    my ($self, $thing, $signal) = @_;
    $self = __PACKAGE__->new unless ref $self;
    $signal = 'KILL' unless defined $signal;
    my $pid = $self->get_pid($thing);
    return 0 unless $pid;
    my $n = kill($signal, $pid);
    if ($n && (!defined $thing || $thing !~ /^\d+$/)) {
        my $file = defined $thing ? $thing : $self->{pid_file};
        $file = $self->_pid_path($file);
        unlink $file if defined $file;
    }
    return $n;
}

sub Fork {
    my $pid = fork;
    die "Cannot fork: $!" unless defined $pid;
    return $pid;
}

sub OpenMax { return 64 }

1;
