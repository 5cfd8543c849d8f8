package overload;
# overload: a class's operator table lives in %CLASS::OVERLOAD; the engine
# calls the handlers for "" 0+ bool and the binary operators (eq == + <=> ...).
our $VERSION = '1.35';
require Scalar::Util;

sub import {
    my $class = shift;
    my $pkg = caller;
    while (@_) {
        my ($op, $code) = splice @_, 0, 2;
        ${"${pkg}::OVERLOAD"}{$op} = $code;
    }
}

sub unimport {
    my $class = shift;
    my $pkg = caller;
    delete ${"${pkg}::OVERLOAD"}{$_} for @_;
}

sub Overloaded {
    my $obj = shift;
    my $class = ref($obj) || $obj;
    return scalar(%{"${class}::OVERLOAD"}) ? 1 : '';
}

sub Method {
    my ($obj, $op) = @_;
    my $class = ref($obj) || $obj;
    for my $c ($class, @{"${class}::ISA"}) {
        my $m = ${"${c}::OVERLOAD"}{$op};
        return ref $m ? $m : defined $m ? \&{"${c}::$m"} : next;
    }
    return undef;
}

sub StrVal {
    my $obj = shift;
    return "$obj" unless ref $obj;
    my $class = ref $obj;
    my $type = Scalar::Util::reftype($obj);
    return sprintf('%s=%s(0x%x)', $class, $type, Scalar::Util::refaddr($obj));
}

1;
