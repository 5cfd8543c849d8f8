package Scalar::Util;
# Scalar::Util: the functions are natives installed when this file is required.
use Exporter 'import';
our @EXPORT_OK = qw(blessed reftype refaddr looks_like_number weaken isweak unweaken dualvar isdual readonly openhandle isvstring tainted);
our $VERSION = '1.63';
1;
