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

# Import the names asked for (or @EXPORT) from $pkg into $callpkg.
sub export {
    my ($pkg, $callpkg, @args) = @_;
    @_ = @args;
    my @exports = @{"${pkg}::EXPORT"};
    my @ok = @{"${pkg}::EXPORT_OK"};
    my %tags = %{"${pkg}::EXPORT_TAGS"};
    my %allowed = map { my $n = $_; $n =~ s/^&//; ($n => 1) } @exports, @ok;
    my @want = @_ ? @_ : @exports;
    my @names;
    for my $w (@want) {
        if ($w =~ /^:(\w+)$/) {
            my $t = $1;
            if ($t eq 'all' && !$tags{all}) { push @names, @exports, @ok; next; }
            if ($t eq 'DEFAULT' && !$tags{DEFAULT}) { push @names, @exports; next; }
            die qq{"$t" is not defined in %${pkg}::EXPORT_TAGS} . "\n" unless $tags{$t};
            push @names, @{ $tags{$t} };
        } else {
            push @names, $w;
        }
    }
    for my $name (@names) {
        my $n = $name;
        $n =~ s/^&//;
        unless ($allowed{$n} || $allowed{$name}) {
            require Carp;
            Carp::croak(qq{"$n" is not exported by the $pkg module\nCan't continue after import errors});
        }
        if ($n =~ s/^\$//) { *{"${callpkg}::$n"} = \${"${pkg}::$n"}; }
        elsif ($n =~ s/^\@//) { *{"${callpkg}::$n"} = \@{"${pkg}::$n"}; }
        elsif ($n =~ s/^%//) { *{"${callpkg}::$n"} = \%{"${pkg}::$n"}; }
        else { *{"${callpkg}::$n"} = \&{"${pkg}::$n"}; }
    }
}

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
