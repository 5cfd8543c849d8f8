package Util;
use Carp;
our @CARP_NOT;
sub fail { croak "Util failed" }
package Wrapper;
sub call { Util::fail() }
package main;
eval { Wrapper::call() };
print "normal: $@";
{
    local @Util::CARP_NOT = ('Wrapper');
    eval { Wrapper::call() };
    print "carp_not: $@";
}
{
    local $Carp::Internal{Wrapper} = 1;
    eval { Wrapper::call() };
    print "internal: $@";
}
{
    local $Carp::CarpInternal{Wrapper} = 1;
    eval { Wrapper::call() };
    print "carpinternal: $@";
}
package Obj;
use Carp;
sub new { bless {}, shift }
sub method { my $s = shift; croak "bad method call" }
package main;
eval { Obj->new->method(1) };
print "method: $@";
eval { die Carp::shortmess("sm\n") };
print "sm: $@";
print "caller_info: ", (defined &Carp::caller_info ? 1 : 0), "\n";
