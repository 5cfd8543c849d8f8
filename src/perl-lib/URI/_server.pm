package URI::_server;
# URIs with a server authority: userinfo, host and port.
use strict;
use warnings;
require URI;
our @ISA = ('URI::_generic');
our $VERSION = '5.17';

sub default_port { undef }

sub userinfo {
    my $self = shift;
    my $old = $self->authority;
    my $ui = defined $old && $old =~ /^(.*)@/ ? $1 : undef;
    if (@_) {
        my $new = shift;
        $old = '' unless defined $old;
        $old =~ s/.*@//;
        $self->authority(defined $new ? "$new\@$old" : $old);
    }
    return $ui;
}

sub _hostport {
    my $self = shift;
    my $auth = $self->authority;
    return unless defined $auth;
    $auth =~ s/.*@//;
    return ($1, $2) if $auth =~ /^(\[[^\]]*\])(?::(\d*))?$/;
    return ($1, $2) if $auth =~ /^(.*?)(?::(\d+))?$/s;
    return ($auth, undef);
}

sub host {
    my $self = shift;
    my ($host, $port) = $self->_hostport;
    if (@_) {
        my $new = shift;
        $new = '' unless defined $new;
        $new = "[$new]" if $new =~ /:/ && $new !~ /^\[/;
        my $ui = $self->userinfo;
        $self->authority((defined $ui ? "$ui\@" : '') . $new . (defined $port ? ":$port" : ''));
    }
    return undef unless defined $host;
    $host =~ s/^\[(.*)\]$/$1/;
    return URI::Escape::uri_unescape($host);
}

sub ihost { shift->host(@_) }

sub _port {
    my $self = shift;
    my ($host, $port) = $self->_hostport;
    if (@_) {
        my $new = shift;
        my $ui = $self->userinfo;
        $host = '' unless defined $host;
        $self->authority((defined $ui ? "$ui\@" : '') . $host . (defined $new && length $new ? ":$new" : ''));
    }
    return $port;
}

sub port {
    my $self = shift;
    my $port = $self->_port(@_);
    $port = $self->default_port if !defined $port || $port eq '';
    return $port;
}

sub host_port {
    my $self = shift;
    my ($host, $port) = $self->_hostport;
    if (@_) {
        my $ui = $self->userinfo;
        $self->authority((defined $ui ? "$ui\@" : '') . shift);
    }
    return undef unless defined $host;
    $host =~ s/:$//;
    $port = $self->default_port if !defined $port || $port eq '';
    return "$host:" . (defined $port ? $port : '');
}

sub as_iri { ${ $_[0] } }

sub canonical {
    my $self = shift;
    my $other = $self->SUPER::canonical;
    my ($host, $port) = $other->_hostport;
    if (defined $host) {
        my $auth = $other->authority;
        my $ui = $auth =~ /^(.*)@/ ? "$1\@" : '';
        my $lchost = lc $host;
        $lchost =~ s/:$//;
        $port = undef if defined $port && ($port eq '' || (defined $self->default_port && $port == $self->default_port));
        my $new = $ui . $lchost . (defined $port ? ":$port" : '');
        $other->authority($new) if $new ne $auth;
    }
    return $other;
}

1;
