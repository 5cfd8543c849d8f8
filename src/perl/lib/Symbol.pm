package Symbol;
# Symbol: anonymous globs and name qualification (natives).
use strict;
use Exporter 'import';
our $VERSION = '1.09';
our @EXPORT = qw(gensym ungensym qualify qualify_to_ref);
our @EXPORT_OK = qw(delete_package geniosym);
sub geniosym { my $sym = gensym(); select(select $sym); *$sym{IO} }
1;
