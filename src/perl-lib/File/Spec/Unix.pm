package File::Spec::Unix;
# File name operations for Unix paths, as class methods:
# File::Spec->catfile('a', 'b') eq 'a/b'.
use strict;
use warnings;

our $VERSION = '3.84';

sub canonpath {
    my ($self, $path) = @_;
    return unless defined $path;
    my $node = '';
    $path =~ s{/{2,}}{/}g;
    $path =~ s{(?:/\.)+(?:/|\z)}{/}g;
    $path =~ s{^(?:\./)+}{}s unless $path eq './';
    $path =~ s{^/(?:\.\./)+}{/};
    $path =~ s{^/\.\.$}{/};
    $path =~ s{(?<=.)/\z}{}s;
    return "$node$path";
}

sub catdir {
    my $self = shift;
    return $self->canonpath(join('/', @_, ''));
}

sub catfile {
    my $self = shift;
    my $file = $self->canonpath(pop @_);
    return $file unless @_;
    my $dir = $self->catdir(@_);
    $dir .= '/' unless substr($dir, -1) eq '/';
    return $dir . $file;
}

sub curdir   { return '.' }
sub updir    { return '..' }
sub rootdir  { return '/' }
sub devnull  { return '/dev/null' }
sub case_tolerant { return 0 }
sub no_upwards { my $self = shift; return grep { !/^\.{1,2}\z/s } @_; }

sub tmpdir {
    my $self = shift;
    for my $d ($ENV{TMPDIR}, '/tmp') {
        next unless defined $d && length $d && -d $d && -w _;
        return $self->canonpath($d);
    }
    return $self->curdir;
}

sub file_name_is_absolute { my ($self, $f) = @_; return scalar($f =~ m{^/}s); }

sub path {
    return () unless exists $ENV{PATH};
    my @path = split /:/, $ENV{PATH}, -1;
    return map { $_ eq '' ? '.' : $_ } @path;
}

sub join { my $self = shift; return $self->catfile(@_); }

sub splitpath {
    my ($self, $path, $nofile) = @_;
    my ($dir, $file) = ('', '');
    if ($nofile) { $dir = $path; }
    else {
        $path =~ m{^((?:.*/(?:\.\.?\z)?)?)([^/]*)}s;
        ($dir, $file) = ($1, $2);
    }
    return ('', $dir, $file);
}

sub splitdir { my ($self, $dirs) = @_; return split m{/}, $dirs, -1; }

sub catpath {
    my ($self, $vol, $dir, $file) = @_;
    if ($dir ne '' && $file ne '' && substr($dir, -1) ne '/' && substr($file, 0, 1) ne '/') {
        $dir .= "/$file";
    } else {
        $dir .= $file;
    }
    return $dir;
}

sub _cwd { require Cwd; return Cwd::getcwd(); }

sub rel2abs {
    my ($self, $path, $base) = @_;
    return $self->canonpath($path) if $self->file_name_is_absolute($path);
    if (!defined $base || $base eq '') { $base = $self->_cwd; }
    elsif (!$self->file_name_is_absolute($base)) { $base = $self->rel2abs($base); }
    else { $base = $self->canonpath($base); }
    return $self->catdir($base, $path);
}

sub abs2rel {
    my ($self, $path, $base) = @_;
    $base = $self->_cwd unless defined $base && length $base;
    ($path, $base) = map { $self->rel2abs($_) } ($path, $base);
    my @p = grep { length } $self->splitdir($path);
    my @b = grep { length } $self->splitdir($base);
    while (@p && @b && $p[0] eq $b[0]) { shift @p; shift @b; }
    my @rel = ((('..') x @b), @p);
    return '.' unless @rel;
    return $self->catdir(@rel);
}

1;
