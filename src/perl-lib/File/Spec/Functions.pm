package File::Spec::Functions;
# File::Spec's methods as plain functions.
use strict;
use warnings;
use File::Spec;
use Exporter ();

our $VERSION = '3.84';
our @ISA = ('Exporter');
our @EXPORT = qw(canonpath catdir catfile curdir rootdir updir no_upwards file_name_is_absolute path);
our @EXPORT_OK = qw(devnull tmpdir splitpath splitdir catpath abs2rel rel2abs case_tolerant);
our %EXPORT_TAGS = (ALL => [ @EXPORT, @EXPORT_OK ]);

for my $meth (@EXPORT, @EXPORT_OK) {
    no strict 'refs';
    *{ __PACKAGE__ . '::' . $meth } = sub { return File::Spec->$meth(@_) };
}

1;
