package LWP::Simple;
# One-call web access: get, head, getprint, getstore, mirror.
use strict;
use warnings;
use Exporter ();
use HTTP::Status qw(is_success is_error is_redirect status_message);
use LWP::UserAgent;

our $VERSION = '6.68';
our @ISA = ('Exporter');
our @EXPORT = (qw(get head getprint getstore mirror), @HTTP::Status::EXPORT);
our @EXPORT_OK = qw($ua);
our $ua = LWP::UserAgent->new;
$ua->agent("LWP::Simple/$VERSION ");

sub get {
    my $response = $ua->get(shift);
    return $response->is_success ? $response->decoded_content : undef;
}

sub head {
    my $response = $ua->head(shift);
    return unless $response->is_success;
    return $response unless wantarray;
    return ($response->header('Content-Type'), $response->header('Content-Length'),
        $response->last_modified, $response->expires, $response->header('Server'));
}

sub getprint {
    my ($url) = @_;
    my $response = $ua->get($url);
    if ($response->is_success) { print $response->decoded_content }
    else { print STDERR $response->status_line, " <URL:$url>\n" }
    return $response->code;
}

sub getstore {
    my ($url, $file) = @_;
    my $response = $ua->get($url);
    if ($response->is_success) {
        open my $fh, '>', $file or return 500;
        binmode $fh;
        print {$fh} $response->content;
        close $fh;
    }
    return $response->code;
}

sub mirror { my ($url, $file) = @_; return $ua->mirror($url, $file)->code }

1;
