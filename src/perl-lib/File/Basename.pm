package File::Basename;
# Split Unix paths into directory, base name and suffix.
use strict;
use warnings;
use Exporter ();

our $VERSION = '2.85';
our @ISA = ('Exporter');
our @EXPORT = qw(fileparse fileparse_set_fstype basename dirname);

my $Fstype = 'Unix';

sub fileparse_set_fstype {
    my $old = $Fstype;
    $Fstype = shift if @_;
    return $old;
}

# fileparse($path, @suffixes): ($name, $dir, $suffix); suffixes are
# regexes (or qr//) matched at the end of the name.
sub fileparse {
    my ($path, @suffixes) = @_;
    die "fileparse(): need a valid pathname" unless defined $path;
    my ($dir, $base) = $path =~ m{^(.*/)?(.*)$}s;
    $dir = './' unless defined $dir;
    my $tail = '';
    if (@suffixes) {
        for my $sfx (@suffixes) {
            my $re = ref $sfx ? $sfx : qr/$sfx/;
            if ($base =~ s/($re)$//s) {
                $tail = $1 . $tail;
                last;
            }
        }
    }
    return wantarray ? ($base, $dir, $tail) : $base;
}

sub basename {
    my ($path, @suffixes) = @_;
    (my $p = $path) =~ s{(.)/+$}{$1}s;
    my ($base, $dir, $tail) = fileparse($p, map { "\Q$_\E" } @suffixes);
    if (length $tail && !length $base) {
        $base = $tail;
    }
    $base = $dir unless length $base;
    return $base;
}

sub dirname {
    my $path = shift;
    my ($base, $dir) = fileparse($path);
    $dir =~ s{(.)/+$}{$1}s;
    if (!length $base) {
        # "a/b/" names the directory b: its dirname is "a".
        $dir =~ s{(.)/+$}{$1}s;
        return $dir if $dir eq '/';
        ($base, $dir) = fileparse($dir);
        $dir =~ s{(.)/+$}{$1}s;
        $dir = '.' if $dir eq './' && $path !~ m{^\./};
    }
    $dir = '.' if $dir eq './' && $path !~ m{^\./} ;
    $dir =~ s{/$}{} if $dir ne '/';
    $dir = '.' if $dir eq '';
    return $dir;
}

1;
