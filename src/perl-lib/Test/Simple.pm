package Test::Simple;
# The smallest test interface: ok() and a plan, on the Test::Builder singleton.
use strict;
use warnings;
use Test::Builder;

our $VERSION = '1.302190';

sub import {
    my $class = shift;
    my $caller = caller;
    {
        no strict 'refs';
        *{ $caller . '::ok' } = \&ok;
    }
    Test::Builder->new->plan(@_) if @_;
    return;
}

sub ok {
    my ($test, $name) = @_;
    return Test::Builder->new->ok($test, $name);
}

1;
