package Exporter;
# Exporter: copy a module's @EXPORT / @EXPORT_OK / %EXPORT_TAGS names
# into the package that uses it.
our $VERSION = '5.77';
our $ExportLevel = 0;

sub import {
    my $pkg = shift;
    my $callpkg = caller($Exporter::ExportLevel || 0);
    if ($pkg eq 'Exporter' && @_ && $_[0] eq 'import') {
        *{"${callpkg}::import"} = \&import;
        return;
    }
    return if $pkg eq 'Exporter';
    return $pkg->Exporter::export($callpkg, @_);
}

# Import the names asked for (or @EXPORT) from $pkg into $callpkg: names,
# :tags, /patterns/ and !negations as Exporter documents them.
sub export {
    my ($pkg, $callpkg, @args) = @_;
    my @exports = @{"${pkg}::EXPORT"};
    my @ok = @{"${pkg}::EXPORT_OK"};
    my %tags = %{"${pkg}::EXPORT_TAGS"};
    my %allowed = map { my $n = $_; $n =~ s/^&//; ($n => 1) } @exports, @ok;
    my @names = _expand_specs($pkg, \@exports, \@ok, \%tags, @args ? @args : @exports);
    my $oops = pop @names;
    @names = _export_fail($pkg, @names) if @{"${pkg}::EXPORT_FAIL"};
    my @carp;
    for my $name (@names) {
        (my $n = $name) =~ s/^&//;
        next if $allowed{$n};
        if ($n =~ /^\d/) { $pkg->VERSION($n); next }
        push @carp, qq{"$n" is not exported by the $pkg module};
        $oops++;
    }
    if ($oops) { require Carp; Carp::croak(join("\n", @carp, "Can't continue after import errors")); }
    for my $name (@names) {
        my $n = $name;
        $n =~ s/^&//;
        next if $n =~ /^\d/;
        if ($n =~ s/^\$//) { *{"${callpkg}::$n"} = \${"${pkg}::$n"}; }
        elsif ($n =~ s/^\@//) { *{"${callpkg}::$n"} = \@{"${pkg}::$n"}; }
        elsif ($n =~ s/^%//) { *{"${callpkg}::$n"} = \%{"${pkg}::$n"}; }
        elsif ($n =~ s/^\*//) { *{"${callpkg}::$n"} = \*{"${pkg}::$n"}; }
        else { *{"${callpkg}::$n"} = \&{"${pkg}::$n"}; }
    }
}

# The names a list of import specs selects; the last element is the count of
# bad tags (each already warned about).
sub _expand_specs {
    my ($pkg, $exports, $ok, $tags, @specs) = @_;
    return (@specs, 0) unless grep { m{^[/!:]} } @specs;
    my (@names, %drop, $oops);
    @names = @$exports if $specs[0] =~ /^!/;
    for my $spec (@specs) {
        my $remove = $spec =~ s/^!//;
        my @sel;
        if ($spec =~ /^:(.*)/) {
            my $t = $1;
            if ($tags->{$t}) { @sel = @{ $tags->{$t} } }
            elsif ($t eq 'DEFAULT') { @sel = @$exports }
            elsif ($t eq 'all' && !exists $tags->{all}) { @sel = (@$exports, @$ok) }
            else {
                require Carp; local $Carp::CarpLevel = 1;
                Carp::carp(qq{"$t" is not defined in %${pkg}::EXPORT_TAGS});
                $oops++; next;
            }
        } elsif ($spec =~ m{^/(.*)/$}) {
            my $pat = $1;
            @sel = grep { /$pat/ } @$exports, @$ok;
        } else { @sel = ($spec) }
        if ($remove) { my %r = map { ($_ => 1) } @sel; @names = grep { !$r{$_} } @names }
        else { push @names, @sel }
    }
    my %seen;
    return ((grep { !$seen{$_}++ } @names), $oops || 0);
}

sub _export_fail {
    my ($pkg, @names) = @_;
    my %fail = map { my $n = $_; $n =~ s/^&//; ($n => 1) } @{"${pkg}::EXPORT_FAIL"};
    my @failed = grep { my $n = $_; $n =~ s/^&//; $fail{$n} } @names;
    return @names unless @failed;
    my @still = $pkg->export_fail(@failed);
    if (@still) {
        require Carp;
        Carp::carp(qq{"$_" is not implemented by the $pkg module on this architecture}) for @still;
        Carp::croak("Can't continue after import errors");
    }
    return @names;
}
sub export_fail { my $self = shift; return @_ }

sub export_to_level {
    my $pkg = shift;
    my $level = shift;
    shift;
    my $callpkg = caller($level);
    return $pkg->Exporter::export($callpkg, @_);
}

sub _push_tags {
    my ($pkg, $var, @tags) = @_;
    my %tags = %{"${pkg}::EXPORT_TAGS"};
    push @{"${pkg}::$var"}, map { @{ $tags{$_} || [] } } (@tags ? @tags : keys %tags);
}
sub export_tags { _push_tags((caller)[0], 'EXPORT', @_) }
sub export_ok_tags { _push_tags((caller)[0], 'EXPORT_OK', @_) }
sub require_version { my ($pkg, $v) = @_; return $pkg->VERSION($v) }

1;
