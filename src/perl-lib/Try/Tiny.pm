package Try::Tiny;
# try/catch/finally blocks: the error is in $_ (and $_[0]) inside catch,
# $@ is left as it was, try returns its block's value in the caller's
# context, and finally blocks get the error (if any) as arguments.
use strict;
use warnings;
use Exporter ();

our $VERSION = '0.31';
our @ISA = ('Exporter');
our @EXPORT = our @EXPORT_OK = qw(try catch finally);

sub try (&;@) {
    my ($try, @handlers) = @_;
    my ($catch, @finally);
    for my $h (@handlers) {
        if (ref $h eq 'Try::Tiny::Catch') {
            die "A try() may not be followed by multiple catch() blocks" if $catch;
            $catch = $$h;
        } elsif (ref $h eq 'Try::Tiny::Finally') {
            push @finally, $$h;
        } else {
            die 'try() encountered an unexpected argument (' . (defined $h ? $h : 'undef')
                . ') - perhaps a missing semi-colon before or';
        }
    }
    my $wantarray = wantarray;
    my $prev_error = $@;
    my (@ret, $error);
    my $failed = not eval {
        $@ = $prev_error;
        if ($wantarray) { @ret = $try->(); }
        elsif (defined $wantarray) { $ret[0] = $try->(); }
        else { $try->(); }
        1;
    };
    $error = $@;
    $@ = $prev_error if $failed;
    my @guards = map { Try::Tiny::ScopeGuard->_new($_, $failed ? $error : ()) } @finally;
    if ($failed) {
        if ($catch) {
            for ($error) {
                return $catch->($error);
            }
        }
        return;
    }
    return $wantarray ? @ret : $ret[0];
}

sub catch (&;@) {
    my ($block, @rest) = @_;
    return (bless(\$block, 'Try::Tiny::Catch'), @rest);
}

sub finally (&;@) {
    my ($block, @rest) = @_;
    return (bless(\$block, 'Try::Tiny::Finally'), @rest);
}

package Try::Tiny::ScopeGuard;

sub _new {
    my ($class, $code, @args) = @_;
    return bless [ $code, @args ], $class;
}

sub DESTROY {
    my ($code, @args) = @{ $_[0] };
    local $@;
    my $ok = eval { $code->(@args); 1 };
    warn "Execution of finally() block $code resulted in an exception, which "
        . "*CAN NOT BE IGNORED*, thus no reason to continue: $@" unless $ok;
    return;
}

1;
