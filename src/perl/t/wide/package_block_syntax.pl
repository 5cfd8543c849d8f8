package Foo {
    our $name = "foo";
    sub hi { "hi from " . __PACKAGE__ }
}
package Bar::Baz 1.5 {
    sub v { $Bar::Baz::VERSION }
}
print Foo::hi(), " $Foo::name ", __PACKAGE__, " ", Bar::Baz->v, " ", Bar::Baz->VERSION, "\n";
