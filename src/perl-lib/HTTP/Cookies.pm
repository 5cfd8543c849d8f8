package HTTP::Cookies;
# A cookie jar: cookies from Set-Cookie response headers, sent back in
# Cookie request headers to matching hosts and paths. Kept in memory
# (the file, autosave and ignore_discard options are accepted).
use strict;
use warnings;

our $VERSION = '6.10';

sub new {
    my ($class, %cnf) = @_;
    return bless { COOKIES => {}, %cnf }, $class;
}

sub _host {
    my ($uri) = @_;
    my $host = lc($uri->host || '');
    $host .= '.local' unless $host =~ /\./;
    return $host;
}

sub extract_cookies {
    my ($self, $response) = @_;
    my $request = $response->request or return $response;
    my $uri = $request->uri;
    my $host = _host($uri);
    for my $set ($response->header('Set-Cookie')) {
        my ($pair, @attrs) = split /;\s*/, $set;
        next unless defined $pair && $pair =~ /^\s*([^=]+?)\s*=\s*(.*?)\s*$/;
        my ($key, $val) = ($1, $2);
        my %a = map { /^([^=]+)=?(.*)$/ ? (lc $1 => $2) : () } @attrs;
        my $path = defined $a{path} && length $a{path} ? $a{path} : do {
            (my $p = $uri->path) =~ s{/[^/]*$}{};
            length $p ? $p : '/';
        };
        my $domain = defined $a{domain} && length $a{domain} ? lc $a{domain} : $host;
        $domain = ".$domain" if defined $a{domain} && $domain !~ /^\./ && $domain =~ /\./;
        $self->set_cookie(0, $key, $val, $path, $domain, undef, 0, exists $a{secure},
            (defined $a{'max-age'} ? $a{'max-age'} : undef), !defined $a{expires} && !defined $a{'max-age'});
    }
    return $response;
}

sub set_cookie {
    my ($self, $version, $key, $val, $path, $domain, $port, $path_spec, $secure, $maxage, $discard) = @_;
    if (defined $maxage && $maxage <= 0) {
        delete $self->{COOKIES}{$domain}{$path}{$key};
        return $self;
    }
    $self->{COOKIES}{$domain}{$path}{$key} = [ $version, $val, $port, $path_spec, $secure,
        defined $maxage ? time + $maxage : undef, $discard ];
    return $self;
}

sub add_cookie_header {
    my ($self, $request) = @_;
    my $uri = $request->uri;
    my $host = _host($uri);
    my $path = $uri->path || '/';
    my @pairs;
    for my $domain (sort keys %{ $self->{COOKIES} }) {
        my $d = $domain;
        next unless $host eq $d || ($d =~ /^\./ && ".$host" =~ /\Q$d\E$/);
        for my $p (sort { length $b <=> length $a } keys %{ $self->{COOKIES}{$domain} }) {
            next unless index($path, $p) == 0;
            my $c = $self->{COOKIES}{$domain}{$p};
            for my $key (sort keys %$c) {
                next if $c->{$key}[4] && ($uri->scheme || '') ne 'https';
                next if defined $c->{$key}[5] && $c->{$key}[5] < time;
                push @pairs, "$key=$c->{$key}[1]";
            }
        }
    }
    $request->header(Cookie => join '; ', @pairs) if @pairs;
    return $request;
}

sub scan {
    my ($self, $cb) = @_;
    for my $domain (sort keys %{ $self->{COOKIES} }) {
        for my $path (sort keys %{ $self->{COOKIES}{$domain} }) {
            for my $key (sort keys %{ $self->{COOKIES}{$domain}{$path} }) {
                my ($version, $val, $port, $path_spec, $secure, $expires, $discard) =
                    @{ $self->{COOKIES}{$domain}{$path}{$key} };
                $cb->($version, $key, $val, $path, $domain, $port, $path_spec, $secure, $expires, $discard);
            }
        }
    }
    return;
}

sub get_cookies {
    my ($self, $domain, @names) = @_;
    $domain = lc $domain;
    $domain .= '.local' unless $domain =~ /\./;
    my %res;
    for my $path (keys %{ $self->{COOKIES}{$domain} || {} }) {
        my $c = $self->{COOKIES}{$domain}{$path};
        $res{$_} = $c->{$_}[1] for keys %$c;
    }
    return @names ? @res{@names} : \%res if wantarray || !@names;
    return $res{ $names[0] };
}

sub clear {
    my ($self, $domain, $path, $key) = @_;
    if (!defined $domain) { $self->{COOKIES} = {} }
    elsif (!defined $path) { delete $self->{COOKIES}{$domain} }
    elsif (!defined $key) { delete $self->{COOKIES}{$domain}{$path} }
    else { delete $self->{COOKIES}{$domain}{$path}{$key} }
    return $self;
}

sub save { $_[0] }
sub load { $_[0] }
sub revert { $_[0] }

1;
