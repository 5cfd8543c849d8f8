package HTTP::Status;
# HTTP status codes: their messages, HTTP_* constants and the class tests.
use strict;
use warnings;
use Exporter ();

our $VERSION = '6.44';
our @ISA = ('Exporter');
our @EXPORT = qw(is_info is_success is_redirect is_error status_message);
our @EXPORT_OK = qw(is_client_error is_server_error is_cacheable_by_default status_constant_name status_codes);

my %MESSAGE = (
    100 => 'Continue', 101 => 'Switching Protocols', 102 => 'Processing', 103 => 'Early Hints',
    200 => 'OK', 201 => 'Created', 202 => 'Accepted', 203 => 'Non-Authoritative Information',
    204 => 'No Content', 205 => 'Reset Content', 206 => 'Partial Content', 207 => 'Multi-Status',
    208 => 'Already Reported', 226 => 'IM Used',
    300 => 'Multiple Choices', 301 => 'Moved Permanently', 302 => 'Found', 303 => 'See Other',
    304 => 'Not Modified', 305 => 'Use Proxy', 307 => 'Temporary Redirect', 308 => 'Permanent Redirect',
    400 => 'Bad Request', 401 => 'Unauthorized', 402 => 'Payment Required', 403 => 'Forbidden',
    404 => 'Not Found', 405 => 'Method Not Allowed', 406 => 'Not Acceptable',
    407 => 'Proxy Authentication Required', 408 => 'Request Timeout', 409 => 'Conflict',
    410 => 'Gone', 411 => 'Length Required', 412 => 'Precondition Failed',
    413 => 'Payload Too Large', 414 => 'URI Too Long', 415 => 'Unsupported Media Type',
    416 => 'Range Not Satisfiable', 417 => 'Expectation Failed', 418 => "I'm a teapot",
    421 => 'Misdirected Request', 422 => 'Unprocessable Entity', 423 => 'Locked',
    424 => 'Failed Dependency', 425 => 'Too Early', 426 => 'Upgrade Required',
    428 => 'Precondition Required', 429 => 'Too Many Requests',
    431 => 'Request Header Fields Too Large', 449 => 'Retry with', 451 => 'Unavailable For Legal Reasons',
    500 => 'Internal Server Error', 501 => 'Not Implemented', 502 => 'Bad Gateway',
    503 => 'Service Unavailable', 504 => 'Gateway Timeout', 505 => 'HTTP Version Not Supported',
    506 => 'Variant Also Negotiates', 507 => 'Insufficient Storage', 508 => 'Loop Detected',
    509 => 'Bandwidth Limit Exceeded', 510 => 'Not Extended', 511 => 'Network Authentication Required',
);
my %CONSTANT;
{
    no strict 'refs';
    for my $code (keys %MESSAGE) {
        (my $name = uc $MESSAGE{$code}) =~ s/I'M/I_AM/;
        $name =~ s/[^A-Z0-9]+/_/g;
        $name = "HTTP_$name";
        $CONSTANT{$code} = $name;
        my $c = $code;
        *{$name} = sub () { $c };
        push @EXPORT_OK, $name;
    }
    my %alias = (HTTP_REQUEST_ENTITY_TOO_LARGE => 413, HTTP_PAYLOAD_TOO_LARGE => 413,
        HTTP_REQUEST_URI_TOO_LARGE => 414, HTTP_URI_TOO_LONG => 414,
        HTTP_REQUEST_RANGE_NOT_SATISFIABLE => 416, HTTP_RANGE_NOT_SATISFIABLE => 416,
        HTTP_UNORDERED_COLLECTION => 425, HTTP_NO_CODE => 425);
    while (my ($name, $code) = each %alias) {
        next if defined &{$name};
        *{$name} = sub () { $code };
        push @EXPORT_OK, $name;
    }
}
our %EXPORT_TAGS = (constants => [ grep { /^HTTP_/ } @EXPORT_OK ], is => [ grep { /^is_/ } @EXPORT, @EXPORT_OK ]);

sub status_message { return defined $_[0] && exists $MESSAGE{ $_[0] } ? $MESSAGE{ $_[0] } : undef }
sub status_constant_name { return defined $_[0] ? $CONSTANT{ $_[0] } : undef }
sub status_codes { return %MESSAGE }

sub is_info { defined $_[0] && $_[0] >= 100 && $_[0] < 200 }
sub is_success { defined $_[0] && $_[0] >= 200 && $_[0] < 300 }
sub is_redirect { defined $_[0] && $_[0] >= 300 && $_[0] < 400 }
sub is_error { defined $_[0] && $_[0] >= 400 && $_[0] < 600 }
sub is_client_error { defined $_[0] && $_[0] >= 400 && $_[0] < 500 }
sub is_server_error { defined $_[0] && $_[0] >= 500 && $_[0] < 600 }
sub is_cacheable_by_default { defined $_[0] && scalar grep { $_ == $_[0] } 200, 203, 204, 206, 300, 301, 404, 405, 410, 414, 501 }

1;
