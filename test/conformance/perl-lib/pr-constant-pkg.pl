package Config::Defaults;
use strict;
use constant {
    PORT => 8080,
    HOST => 'localhost',
    DEBUG => 0,
    LEVELS => [qw(low mid high)],
    LIMITS => { max => 10 },
};
use constant WEEKDAYS => qw(Mon Tue Wed Thu Fri);
sub url { return 'http://' . HOST . ':' . PORT . '/' }
package main;
use strict;
use warnings;
print "url: ", Config::Defaults::url(), "\n";
print "qualified: ", Config::Defaults::PORT, " ", Config::Defaults->HOST, "\n";
print "array const: ", join('/', @{ Config::Defaults::LEVELS() }), " second: ", Config::Defaults::LEVELS->[1], "\n";
print "hash const: ", Config::Defaults::LIMITS->{max}, "\n";
my @wd = Config::Defaults::WEEKDAYS;
print "list const: ", scalar(@wd), " last: $wd[-1]\n";
Config::Defaults::LEVELS->[0] = 'changed';
print "ref contents mutable: ", Config::Defaults::LEVELS->[0], "\n";
print "can: ", (Config::Defaults->can('PORT') ? 1 : 0), " value via can: ", Config::Defaults->can('PORT')->(), "\n";
use constant SQUARE => 7 * 7;
use constant NAME_LEN => length('constant');
print "computed: ", SQUARE, " ", NAME_LEN, "\n";
my %hk = (SQUARE() => 1, SQUARE => 2);
print "in hash key needs parens: ", join(',', sort keys %hk), "\n";
print "interpolate: @{[ SQUARE ]}\n";
eval { my $x = SQUARE; $x++; print "copy modifiable: $x\n"; 1 };
