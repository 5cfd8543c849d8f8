package File::Path;
# Create and remove directory trees: make_path/mkpath and remove_tree/rmtree,
# with the verbose, mode, error and result options of the classic module.
use strict;
use warnings;
use Exporter ();
use Carp ();

our $VERSION = '2.18';
our @ISA = ('Exporter');
our @EXPORT = qw(mkpath rmtree);
our @EXPORT_OK = qw(make_path remove_tree);

sub _opts {
    my $args = shift;
    return (ref $args->[-1] eq 'HASH') ? pop @$args : {};
}

sub make_path {
    my @paths = @_;
    my $opt = _opts(\@paths);
    return _mkpath($opt, \@paths);
}

# mkpath(\@paths, $verbose, $mode) or mkpath(@paths) or mkpath(@paths, \%opt)
sub mkpath {
    my @args = @_;
    if (ref $args[0] eq 'ARRAY' || (@args >= 2 && @args <= 3 && !ref $args[1] && defined $args[1] && $args[1] =~ /^\d*$/ && (@args == 2 || (defined $args[2] && $args[2] =~ /^\d+$/)))) {
        my ($paths, $verbose, $mode) = @args;
        $paths = [$paths] unless ref $paths;
        return _mkpath({ verbose => $verbose, (defined $mode ? (mode => $mode) : ()) }, $paths);
    }
    my $opt = _opts(\@args);
    return _mkpath($opt, \@args);
}

sub _error {
    my ($opt, $msg, $path) = @_;
    if ($opt->{error}) {
        push @{ ${ $opt->{error} } }, { (defined $path ? $path : '') => $msg };
        return;
    }
    Carp::carp(defined $path ? "$msg for $path: $!" : $msg) if 0;
    Carp::croak(defined $path ? "mkdir $path: $msg" : $msg);
}

sub _mkpath {
    my ($opt, $paths) = @_;
    my $mode = defined $opt->{mode} ? $opt->{mode} : defined $opt->{mask} ? $opt->{mask} : 0777;
    ${ $opt->{error} } = [] if $opt->{error};
    my @created;
    for my $path (@$paths) {
        next unless defined $path && length $path;
        next if -d $path;
        my $parent = $path;
        $parent =~ s{/+[^/]*/*$}{};
        if (length $parent && $parent ne $path && !-d $parent) {
            my $errs;
            my %sub = (%$opt, result => undef);
            $sub{error} = \$errs if $opt->{error};
            push @created, _mkpath(\%sub, [$parent]);
            if ($errs && @$errs) { push @{ ${ $opt->{error} } }, @$errs; }
        }
        print "mkdir $path\n" if $opt->{verbose};
        if (mkdir $path, $mode) {
            push @created, $path;
        } elsif (!-d $path) {
            my $err = "$!";
            if ($opt->{error}) { push @{ ${ $opt->{error} } }, { $path => $err }; }
            else { Carp::croak("mkdir $path: $err"); }
        }
    }
    ${ $opt->{result} } = [@created] if $opt->{result};
    return wantarray ? @created : scalar @created;
}

sub remove_tree {
    my @paths = @_;
    my $opt = _opts(\@paths);
    return _rmtree($opt, \@paths);
}

sub rmtree {
    my @args = @_;
    if (ref $args[0] eq 'ARRAY' || (@args >= 2 && @args <= 3 && !ref $args[1] && defined $args[1] && $args[1] =~ /^\d*$/)) {
        my ($paths, $verbose, $safe) = @args;
        $paths = [$paths] unless ref $paths;
        return _rmtree({ verbose => $verbose, safe => $safe }, $paths);
    }
    my $opt = _opts(\@args);
    return _rmtree($opt, \@args);
}

sub _rmtree {
    my ($opt, $paths) = @_;
    ${ $opt->{error} } = [] if $opt->{error};
    my @removed;
    my $count = 0;
    for my $root (@$paths) {
        next unless defined $root && length $root;
        (my $p = $root) =~ s{/+$}{} if $root ne '/';
        $p = $root unless defined $p && length $p;
        next unless -e $p || -l $p;
        $count += _rm_one($opt, $p, \@removed);
    }
    ${ $opt->{result} } = [@removed] if $opt->{result};
    return $count;
}

sub _rm_error {
    my ($opt, $path, $what) = @_;
    my $msg = "$!";
    if ($opt->{error}) { push @{ ${ $opt->{error} } }, { $path => $msg }; return 0; }
    Carp::carp("cannot $what $path: $msg");
    return 0;
}

# Remove $path; directories below the root are named by their base name in
# verbose output and results, files by their full path in verbose output.
sub _rm_one {
    my ($opt, $path, $removed, $depth) = @_;
    $depth ||= 0;
    my $count = 0;
    (my $base = $path) =~ s{.*/}{};
    if (-d $path && !-l $path) {
        my $dh;
        unless (opendir $dh, $path) { return _rm_error($opt, $path, 'opendir'); }
        my @entries = grep { $_ ne '.' && $_ ne '..' } readdir $dh;
        closedir $dh;
        for my $e (@entries) { $count += _rm_one($opt, "$path/$e", $removed, $depth + 1); }
        my $shown = $depth ? $base : $path;
        return $count if !$depth && $opt->{keep_root};
        print "rmdir $shown\n" if $opt->{verbose};
        if (rmdir $path) { push @$removed, $shown; $count++; }
        else { _rm_error($opt, $path, 'remove directory'); }
    } else {
        print "unlink $path\n" if $opt->{verbose};
        if (unlink $path) { push @$removed, $depth ? $base : $path; $count++; }
        else { _rm_error($opt, $path, 'unlink file'); }
    }
    return $count;
}

1;
