package HTTP::Request::Common;
# Request constructors: GET, HEAD, DELETE, POST, PUT, PATCH, OPTIONS.
# POST/PUT/PATCH take form data (hash or array reference, sent as
# application/x-www-form-urlencoded) or a Content => ... pair.
use strict;
use warnings;
use Exporter ();
use HTTP::Request;
use URI;

our $VERSION = '6.44';
our @ISA = ('Exporter');
our @EXPORT = qw(GET HEAD PUT PATCH POST OPTIONS);
our @EXPORT_OK = qw($DYNAMIC_FILE_UPLOAD DELETE);
our $DYNAMIC_FILE_UPLOAD;

sub GET { _simple_req('GET', @_) }
sub HEAD { _simple_req('HEAD', @_) }
sub DELETE { _simple_req('DELETE', @_) }
sub OPTIONS { request_type_with_data('OPTIONS', @_) }
sub POST { request_type_with_data('POST', @_) }
sub PUT { request_type_with_data('PUT', @_) }
sub PATCH { request_type_with_data('PATCH', @_) }

sub _simple_req {
    my ($method, $url, @headers) = @_;
    my $req = HTTP::Request->new($method => $url);
    my $content;
    while (my ($k, $v) = splice @headers, 0, 2) {
        if (lc $k eq 'content') { $content = $v; next }
        $req->push_header($k, $v);
    }
    if (defined $content) {
        $req->content($content);
        $req->header('Content-Length' => length $content) unless defined $req->header('Content-Length');
    }
    return $req;
}

sub request_type_with_data {
    my ($type, $url, @args) = @_;
    my $req = HTTP::Request->new($type => $url);
    my $content;
    $content = shift @args if @args && ref $args[0];
    my $ct;
    while (my ($k, $v) = splice @args, 0, 2) {
        if (lc $k eq 'content') { $content = $v }
        elsif (lc $k eq 'content-type' || lc $k eq 'content_type') { $ct = $v }
        else { $req->push_header($k, $v) }
    }
    $ct ||= 'application/x-www-form-urlencoded';
    if (ref $content) {
        if ($ct =~ m{^multipart/form-data}i) { $content = _multipart($req, $content, \$ct) }
        else {
            my $u = URI->new('http:');
            $u->query_form(ref $content eq 'HASH' ? %$content : @$content);
            $content = $u->query;
            $content = '' unless defined $content;
        }
    }
    $req->header('Content-Type' => $ct);
    if (defined $content) {
        $req->header('Content-Length' => length $content) unless ref $content;
        $req->content($content);
    } else {
        $req->header('Content-Length' => 0);
    }
    return $req;
}

sub _multipart {
    my ($req, $data, $ctref) = @_;
    my @data = ref $data eq 'HASH' ? %$data : @$data;
    my $boundary = 'xYzZY';
    my @parts;
    while (my ($k, $v) = splice @data, 0, 2) {
        push @parts, qq{Content-Disposition: form-data; name="$k"\r\n\r\n$v};
    }
    $$ctref = qq{multipart/form-data; boundary=$boundary};
    return join('', map { "--$boundary\r\n$_\r\n" } @parts) . "--$boundary--\r\n";
}

1;
