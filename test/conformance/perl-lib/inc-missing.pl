for my $m ('Foo::Bar', 'No::Such::Module', 'Baz', 'A::B::C::D') {
    eval "use $m; 1" and next;
    my $e = $@;
    $e =~ s/ \(\@INC[^)]*\) at / (\@INC...) at /;
    print "use $m: $e\n";
}
eval { require Not::Here };
(my $e = $@) =~ s/ \(\@INC[^)]*\) at / (\@INC...) at /;
print "require: $e\n";
eval { require "Some/File.pl" };
($e = $@) =~ s/ \(\@INC[^)]*\) at / (\@INC...) at /;
print "require file: $e\n";
eval { my $m = "Dyn::Mod"; eval "require $m" or die $@ };
($e = $@) =~ s/ \(\@INC[^)]*\) at / (\@INC...) at /;
print "dynamic: $e\n";
print "full tail: ", ($@ =~ /\(\@INC contains: .*\) at \(eval \d+\) line 1\.\n\z/ ? "ok" : "differs: $@"), "\n";
eval "use Foo::Bar 1.0; 1";
print "with version: ", ($@ =~ /^Can't locate Foo\/Bar\.pm in \@INC/ ? "same" : $@), "\n";
eval "use 5.999; 1"; ($e = $@) =~ s/--this is only.*//s; print "perl version: $e\n";
eval { require 5.006 } and print "require 5.006 ok\n";
print "INC has missing: ", (exists $INC{'Foo/Bar.pm'} ? 1 : 0), "\n";
eval "require Foo::Bar; 1"; print "second require: ", ($@ =~ /^Can't locate/ ? "again" : $@), "\n";
