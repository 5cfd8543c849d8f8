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
        *{"HTTP::Status::$name"} = sub () { $c };
    }
    my %alias = (HTTP_REQUEST_ENTITY_TOO_LARGE => 413, HTTP_PAYLOAD_TOO_LARGE => 413,
        HTTP_REQUEST_URI_TOO_LARGE => 414, HTTP_URI_TOO_LONG => 414,
        HTTP_REQUEST_RANGE_NOT_SATISFIABLE => 416, HTTP_RANGE_NOT_SATISFIABLE => 416,
        HTTP_UNORDERED_COLLECTION => 425, HTTP_NO_CODE => 425);
    while (my ($name, $code) = each %alias) {
        next if HTTP::Status->can($name);
        *{"HTTP::Status::$name"} = sub () { $code };
    }
}
# The constants, listed out so that a parser reading this file knows them.
push @EXPORT_OK, qw(
    HTTP_ACCEPTED HTTP_ALREADY_REPORTED HTTP_BAD_GATEWAY HTTP_BAD_REQUEST HTTP_BANDWIDTH_LIMIT_EXCEEDED
    HTTP_CONFLICT HTTP_CONTINUE HTTP_CREATED HTTP_EARLY_HINTS HTTP_EXPECTATION_FAILED
    HTTP_FAILED_DEPENDENCY HTTP_FORBIDDEN HTTP_FOUND HTTP_GATEWAY_TIMEOUT HTTP_GONE
    HTTP_HTTP_VERSION_NOT_SUPPORTED HTTP_IM_USED HTTP_INSUFFICIENT_STORAGE HTTP_INTERNAL_SERVER_ERROR
    HTTP_I_AM_A_TEAPOT HTTP_LENGTH_REQUIRED HTTP_LOCKED HTTP_LOOP_DETECTED HTTP_METHOD_NOT_ALLOWED
    HTTP_MISDIRECTED_REQUEST HTTP_MOVED_PERMANENTLY HTTP_MULTIPLE_CHOICES HTTP_MULTI_STATUS
    HTTP_NETWORK_AUTHENTICATION_REQUIRED HTTP_NON_AUTHORITATIVE_INFORMATION HTTP_NOT_ACCEPTABLE
    HTTP_NOT_EXTENDED HTTP_NOT_FOUND HTTP_NOT_IMPLEMENTED HTTP_NOT_MODIFIED HTTP_NO_CODE HTTP_NO_CONTENT
    HTTP_OK HTTP_PARTIAL_CONTENT HTTP_PAYLOAD_TOO_LARGE HTTP_PAYMENT_REQUIRED HTTP_PERMANENT_REDIRECT
    HTTP_PRECONDITION_FAILED HTTP_PRECONDITION_REQUIRED HTTP_PROCESSING
    HTTP_PROXY_AUTHENTICATION_REQUIRED HTTP_RANGE_NOT_SATISFIABLE HTTP_REQUEST_ENTITY_TOO_LARGE
    HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE HTTP_REQUEST_RANGE_NOT_SATISFIABLE HTTP_REQUEST_TIMEOUT
    HTTP_REQUEST_URI_TOO_LARGE HTTP_RESET_CONTENT HTTP_RETRY_WITH HTTP_SEE_OTHER
    HTTP_SERVICE_UNAVAILABLE HTTP_SWITCHING_PROTOCOLS HTTP_TEMPORARY_REDIRECT HTTP_TOO_EARLY
    HTTP_TOO_MANY_REQUESTS HTTP_UNAUTHORIZED HTTP_UNAVAILABLE_FOR_LEGAL_REASONS
    HTTP_UNORDERED_COLLECTION HTTP_UNPROCESSABLE_ENTITY HTTP_UNSUPPORTED_MEDIA_TYPE
    HTTP_UPGRADE_REQUIRED HTTP_URI_TOO_LONG HTTP_USE_PROXY HTTP_VARIANT_ALSO_NEGOTIATES);
our %EXPORT_TAGS = (constants => [qw(
    HTTP_ACCEPTED HTTP_ALREADY_REPORTED HTTP_BAD_GATEWAY HTTP_BAD_REQUEST HTTP_BANDWIDTH_LIMIT_EXCEEDED
    HTTP_CONFLICT HTTP_CONTINUE HTTP_CREATED HTTP_EARLY_HINTS HTTP_EXPECTATION_FAILED
    HTTP_FAILED_DEPENDENCY HTTP_FORBIDDEN HTTP_FOUND HTTP_GATEWAY_TIMEOUT HTTP_GONE
    HTTP_HTTP_VERSION_NOT_SUPPORTED HTTP_IM_USED HTTP_INSUFFICIENT_STORAGE HTTP_INTERNAL_SERVER_ERROR
    HTTP_I_AM_A_TEAPOT HTTP_LENGTH_REQUIRED HTTP_LOCKED HTTP_LOOP_DETECTED HTTP_METHOD_NOT_ALLOWED
    HTTP_MISDIRECTED_REQUEST HTTP_MOVED_PERMANENTLY HTTP_MULTIPLE_CHOICES HTTP_MULTI_STATUS
    HTTP_NETWORK_AUTHENTICATION_REQUIRED HTTP_NON_AUTHORITATIVE_INFORMATION HTTP_NOT_ACCEPTABLE
    HTTP_NOT_EXTENDED HTTP_NOT_FOUND HTTP_NOT_IMPLEMENTED HTTP_NOT_MODIFIED HTTP_NO_CODE HTTP_NO_CONTENT
    HTTP_OK HTTP_PARTIAL_CONTENT HTTP_PAYLOAD_TOO_LARGE HTTP_PAYMENT_REQUIRED HTTP_PERMANENT_REDIRECT
    HTTP_PRECONDITION_FAILED HTTP_PRECONDITION_REQUIRED HTTP_PROCESSING
    HTTP_PROXY_AUTHENTICATION_REQUIRED HTTP_RANGE_NOT_SATISFIABLE HTTP_REQUEST_ENTITY_TOO_LARGE
    HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE HTTP_REQUEST_RANGE_NOT_SATISFIABLE HTTP_REQUEST_TIMEOUT
    HTTP_REQUEST_URI_TOO_LARGE HTTP_RESET_CONTENT HTTP_RETRY_WITH HTTP_SEE_OTHER
    HTTP_SERVICE_UNAVAILABLE HTTP_SWITCHING_PROTOCOLS HTTP_TEMPORARY_REDIRECT HTTP_TOO_EARLY
    HTTP_TOO_MANY_REQUESTS HTTP_UNAUTHORIZED HTTP_UNAVAILABLE_FOR_LEGAL_REASONS
    HTTP_UNORDERED_COLLECTION HTTP_UNPROCESSABLE_ENTITY HTTP_UNSUPPORTED_MEDIA_TYPE
    HTTP_UPGRADE_REQUIRED HTTP_URI_TOO_LONG HTTP_USE_PROXY HTTP_VARIANT_ALSO_NEGOTIATES)],
    is => [qw(is_info is_success is_redirect is_error is_client_error is_server_error is_cacheable_by_default)]);

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
