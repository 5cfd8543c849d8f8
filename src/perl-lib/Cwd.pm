package Cwd;
# The current directory and canonical absolute paths, found by walking
# up with '..' and by resolving symbolic links with readlink.
use strict;
use warnings;
use Exporter ();

our $VERSION = '3.84';
our @ISA = ('Exporter');
our @EXPORT = qw(cwd getcwd fastcwd fastgetcwd);
our @EXPORT_OK = qw(chdir abs_path fast_abs_path realpath fast_realpath);

# getcwd: walk from '.' to '/' matching each directory's device and inode
# among its parent's entries.
sub getcwd {
    my @parts;
    my $path = '.';
    my ($dev, $ino) = (stat $path)[0, 1];
    return undef unless defined $dev;
    for (1 .. 256) {
        my $up = $path eq '.' ? '..' : "$path/..";
        my ($pdev, $pino) = (stat $up)[0, 1];
        return undef unless defined $pdev;
        last if $pdev == $dev && $pino == $ino;
        opendir(my $dh, $up) or return undef;
        my $name;
        while (defined(my $e = readdir $dh)) {
            next if $e eq '.' || $e eq '..';
            my ($d, $i) = (lstat "$up/$e")[0, 1];
            if (defined $d && $d == $dev && $i == $ino) { $name = $e; last; }
        }
        closedir $dh;
        return undef unless defined $name;
        unshift @parts, $name;
        ($path, $dev, $ino) = ($up, $pdev, $pino);
    }
    return '/' . join('/', @parts);
}

sub cwd        { return getcwd() }
sub fastcwd    { return getcwd() }
sub fastgetcwd { return getcwd() }

sub chdir {
    my $dir = @_ ? shift : $ENV{HOME};
    return 0 unless CORE::chdir $dir;
    my $new = getcwd();
    $ENV{PWD} = $new if defined $new;
    return 1;
}

# abs_path: the path with every symbolic link, '.' and '..' resolved; undef
# when a component (other than the last) does not exist.
sub abs_path {
    my $path = @_ ? shift : '.';
    $path = '.' unless defined $path && length $path;
    my @todo = split m{/}, $path;
    my @done;
    if ($path !~ m{^/}) {
        my $cwd = getcwd();
        return undef unless defined $cwd;
        @done = grep { length } split m{/}, $cwd;
    }
    my $links = 0;
    while (@todo) {
        my $c = shift @todo;
        next if $c eq '' || $c eq '.';
        if ($c eq '..') { pop @done; next; }
        my $p = '/' . join('/', @done, $c);
        if (-l $p) {
            return undef if ++$links > 64;
            my $t = readlink $p;
            return undef unless defined $t;
            @done = () if $t =~ m{^/};
            unshift @todo, split m{/}, $t;
            next;
        }
        if (!-e $p) {
            $! = 2;
            return undef if @todo;
        }
        push @done, $c;
    }
    return '/' . join('/', @done);
}

sub realpath        { return abs_path(@_) }
sub fast_abs_path   { return abs_path(@_) }
sub fast_realpath   { return abs_path(@_) }

1;
