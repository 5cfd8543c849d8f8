use strict;
our $global = 'g';
our @list = (1, 2);
my $name = 'global';
{ no strict 'refs'; print "symbolic scalar: ${$name} ${'main::global'}\n"; print "symbolic array: @{'list'}\n"; }
eval { my $v = ${$name}; 1 } or print "strict refs: $@";
eval { my @v = @{"list"}; 1 } or print "strict array: $@";
eval { my %v = %{"ENV"}; 1 } or print "strict hash: $@";
my $code = \&CORE::length;
{ no strict 'refs'; *{"main::dyn_$_"} = eval "sub { '$_' }" for qw(a b); }
print "dynamic subs: ", dyn_a(), dyn_b(), "\n";
{ no strict 'refs'; my $pkg = 'main'; print "stash has global: ", (defined ${"${pkg}::global"} ? 1 : 0), "\n"; }
my $ref = \$global;
print "real ref fine: $$ref\n";
eval { my $u; my $x = $$u; 1 } or print "undef deref: $@";
eval { my $n = 5; my @x = @$n; 1 } or print "number deref: $@";
my %dispatch = (hi => sub { "hello" });
print "dispatch: ", $dispatch{hi}->(), "\n";
eval { my $f = 'hi'; $dispatch{$f}->() . "x" } and print "dispatch string ok\n";
