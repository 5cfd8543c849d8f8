package File::Find;
# Walk directory trees: find(\&wanted, @dirs) calls wanted for every file
# with $_ the base name (or the full name with no_chdir), $File::Find::name
# and $File::Find::dir set; finddepth visits directories after their contents.
use strict;
use warnings;
use Exporter ();
use Cwd ();

our $VERSION = '1.40';
our @ISA = ('Exporter');
our @EXPORT = qw(find finddepth);
our ($name, $dir, $prune, $fullname);

sub find {
    my $wanted = shift;
    my %opt = ref $wanted eq 'HASH' ? %$wanted : (wanted => $wanted);
    die "no &wanted subroutine given" unless ref $opt{wanted} eq 'CODE';
    return _find(\%opt, @_);
}

sub finddepth {
    my $wanted = shift;
    my %opt = ref $wanted eq 'HASH' ? %$wanted : (wanted => $wanted);
    $opt{bydepth} = 1;
    return _find(\%opt, @_);
}

sub _find {
    my ($opt, @tops) = @_;
    my $start = Cwd::getcwd();
    for my $top (@tops) {
        my $t = $top;
        $t =~ s{(.)/+$}{$1} unless $t eq '/';
        if (!-e $t && !-l $t) {
            my $err = "$!";
            warn "Can't stat $t: $err\n at " . (caller(1))[1] . ' line ' . (caller(1))[2] . ".\n";
            next;
        }
        if (-d $t && !($opt->{follow} ? 0 : -l $t)) {
            _dir($opt, $t, $t, 1, $start);
        } else {
            my ($d, $b) = $t =~ m{^(.*)/([^/]*)$} ? ($1, $2) : ('.', $t);
            $d = '/' if $d eq '';
            local ($dir, $name) = ($d, $t);
            chdir $d if !$opt->{no_chdir} && $d ne '.';
            local $_ = $opt->{no_chdir} ? $t : $b;
            $opt->{wanted}->();
            chdir $start if !$opt->{no_chdir};
        }
    }
    chdir $start if !$opt->{no_chdir} && defined $start;
    return;
}

sub _visit {
    my ($opt, $path, $base, $d) = @_;
    local ($dir, $name) = ($d, $path);
    local $_ = $opt->{no_chdir} ? $path : $base;
    local $prune = 0;
    $opt->{wanted}->();
    return $prune;
}

# Visit directory $path (entered as $rel from the previous cwd).
sub _dir {
    my ($opt, $path, $rel, $top, $start) = @_;
    my $pruned = 0;
    unless ($opt->{bydepth}) {
        chdir(_abs($path, $start)) if $top && !$opt->{no_chdir};
        $pruned = $top ? _visit($opt, $path, '.', $path) : _visit($opt, $path, $rel, _parent($path));
    }
    unless ($pruned) {
        my $dh;
        if (opendir $dh, _abs($path, $start)) {
            my @entries = grep { $_ ne '.' && $_ ne '..' } readdir $dh;
            closedir $dh;
            if ($opt->{preprocess}) {
                local $dir = $path;
                chdir(_abs($path, $start)) unless $opt->{no_chdir};
                @entries = $opt->{preprocess}->(@entries);
            }
            for my $e (@entries) {
                my $p = $path eq '/' ? "/$e" : "$path/$e";
                my $ap = _abs($p, $start);
                if (-d $ap && !-l $ap) {
                    chdir(_abs($path, $start)) unless $opt->{no_chdir} || $opt->{bydepth};
                    _dir($opt, $p, $e, 0, $start);
                } else {
                    chdir(_abs($path, $start)) unless $opt->{no_chdir};
                    _visit($opt, $p, $e, $path);
                }
            }
            if ($opt->{postprocess}) {
                local $dir = $path;
                chdir(_abs($path, $start)) unless $opt->{no_chdir};
                $opt->{postprocess}->();
            }
        } else {
            warn "Can't opendir($path): $!\n";
        }
    }
    if ($opt->{bydepth}) {
        if ($top) {
            chdir(_abs($path, $start)) unless $opt->{no_chdir};
            _visit($opt, $path, '.', $path);
        } else {
            chdir(_abs(_parent($path), $start)) unless $opt->{no_chdir};
            _visit($opt, $path, $rel, _parent($path));
        }
    }
    return;
}

sub _parent {
    my $p = shift;
    return $p =~ m{^(.*)/[^/]*$} ? (length $1 ? $1 : '/') : '.';
}

sub _abs {
    my ($p, $start) = @_;
    return $p if $p =~ m{^/};
    return "$start/$p";
}

1;
