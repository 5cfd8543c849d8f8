package Test::More;
# The test functions most test files use, as thin wrappers over the
# Test::Builder singleton, plus the deep structure comparison of is_deeply.
use strict;
use warnings;
use Test::Builder;

our $VERSION = '1.302190';
our $TODO;
our @EXPORT = qw(
    ok use_ok require_ok is isnt like unlike is_deeply cmp_ok skip todo todo_skip
    pass fail eq_array eq_hash eq_set $TODO plan done_testing can_ok isa_ok new_ok
    diag note explain subtest BAIL_OUT
);

sub builder { return Test::Builder->new }

sub import {
    my $class = shift;
    my $caller = caller;
    my @imports;
    my @plan;
    while (@_) {
        my $item = shift;
        if ($item eq 'import') {
            my $list = shift;
            @imports = ref $list ? @$list : ($list);
        } elsif ($item eq 'tests' || $item eq 'skip_all') {
            @plan = ($item, shift);
        } elsif ($item eq 'no_plan') {
            @plan = ($item);
        } elsif ($item eq 'no_diag') {
            builder()->{no_diag} = 1;
        } else {
            die "Test::More->import doesn't understand '$item'\n";
        }
    }
    _export_to($caller, $class, @imports);
    builder()->plan(@plan) if @plan;
    return;
}

sub _export_to {
    my ($caller, $class, @only) = @_;
    my @names = @only ? @only : do { no strict 'refs'; @{ $class . '::EXPORT' } };
    no strict 'refs';
    for my $n (@names) {
        if ($n eq '$TODO') {
            *{ $caller . '::TODO' } = \${ $class . '::TODO' };
        } else {
            (my $f = $n) =~ s/^&//;
            *{ $caller . '::' . $f } = \&{ $class . '::' . $f };
        }
    }
    return;
}

sub plan         { return builder()->plan(@_) }
sub done_testing { return builder()->done_testing(@_) }

sub ok {
    my ($test, $name) = @_;
    return builder()->ok($test, $name);
}

sub is     { return builder()->is_eq(@_) }
sub isnt   { return builder()->isnt_eq(@_) }
sub like   { return builder()->like(@_) }
sub unlike { return builder()->unlike(@_) }
sub cmp_ok { return builder()->cmp_ok(@_) }
sub pass   { return builder()->ok(1, @_) }
sub fail   { return builder()->ok(0, @_) }
sub diag   { return builder()->diag(@_) }
sub note   { return builder()->note(@_) }
sub explain { return builder()->explain(@_) }
sub BAIL_OUT { return builder()->BAIL_OUT(@_) }

sub subtest {
    my ($name, $code, @args) = @_;
    return builder()->subtest($name, $code, @args);
}

sub can_ok {
    my ($proto, @methods) = @_;
    my $class = ref $proto || $proto;
    my $tb = builder();
    unless (defined $class && length $class) {
        my $ok = $tb->ok(0, '->can(...)');
        $tb->diag('    can_ok() called with empty class or reference');
        return $ok;
    }
    unless (@methods) {
        my $ok = $tb->ok(0, "$class->can(...)");
        $tb->diag('    can_ok() called with no methods');
        return $ok;
    }
    my @nok = grep { !$proto->can($_) } @methods;
    my $name = @methods == 1 ? "$class->can('$methods[0]')" : "$class->can(...)";
    my $ok = $tb->ok(!@nok, $name);
    $tb->diag(map { "    $class->can('$_') failed\n" } @nok);
    return $ok;
}

sub _describe {
    my $thing = shift;
    return ('undef', 'undef', 1) unless defined $thing;
    my $blessed = ref $thing && _is_blessed($thing);
    return ("An object of class '" . ref($thing) . "'", "The object", 0) if $blessed;
    return ("A reference of type '" . ref($thing) . "'", "The reference of type '" . ref($thing) . "'", 0) if ref $thing;
    return ("The class (or class-like) '$thing'", "The class (or class-like) '$thing'", 0);
}

sub _is_blessed {
    my $r = shift;
    return 0 unless ref $r;
    my $t = ref $r;
    return 0 if $t =~ /^(?:SCALAR|ARRAY|HASH|CODE|REF|GLOB|LVALUE|FORMAT|IO|VSTRING|Regexp)$/ && !eval { $r->can('can') };
    return 1;
}

sub isa_ok {
    my ($thing, $class, $thing_name) = @_;
    my $tb = builder();
    my ($desc, $whatis, $undef) = _describe($thing);
    my $name;
    if (defined $thing_name) {
        $name = "'$thing_name' isa '$class'";
        $whatis = "'$thing_name'";
    } else {
        $name = "$desc isa '$class'";
        $name = "undef isa '$class'" if $undef;
    }
    my $ok = 0;
    if (defined $thing) {
        if (ref $thing && !_is_blessed($thing)) {
            $ok = ref($thing) eq $class ? 1 : 0;
        } else {
            local ($@, $!);
            $ok = eval { $thing->isa($class) } ? 1 : 0;
        }
    }
    my $r = $tb->ok($ok, $name);
    unless ($ok) {
        if ($undef) {
            $tb->diag(defined $thing_name ? "    '$thing_name' isn't defined" : "    undef isn't defined");
        } else {
            my $who = defined $thing_name ? "'$thing_name'"
                : $whatis eq 'The object' ? "The object of class '" . ref($thing) . "'" : $whatis;
            $tb->diag("    $who isn't a '$class'");
        }
    }
    return $r;
}

sub new_ok {
    my ($class, $args, $object_name) = @_;
    my $tb = builder();
    $args ||= [];
    my $obj;
    my $ok = eval { $obj = $class->new(@$args); 1 };
    my $err = $@;
    if ($ok) {
        isa_ok($obj, $class, $object_name);
        return $obj;
    }
    $object_name = "$class->new()" unless defined $object_name;
    $tb->ok(0, "$object_name died");
    $tb->diag("    Error was:  $err");
    return $obj;
}

sub skip {
    my ($why, $how_many) = @_;
    my $tb = builder();
    unless (defined $how_many) {
        my (undef, $file, $line) = caller;
        warn "skip() needs to know \$how_many tests are in the block at $file line $line\n"
            unless $tb->has_plan && $tb->has_plan eq 'no_plan';
        $how_many = 1;
    }
    $tb->skip($why) for 1 .. $how_many;
    no warnings 'exiting';
    last SKIP;
}

sub todo_skip {
    my ($why, $how_many) = @_;
    $how_many = 1 unless defined $how_many;
    builder()->todo_skip($why) for 1 .. $how_many;
    no warnings 'exiting';
    last TODO;
}

sub use_ok {
    my ($module, @imports) = @_;
    my $tb = builder();
    my ($pack, $file, $line) = caller;
    (my $path = "$module.pm") =~ s{::}{/}g;
    my $ok = do { local $!; eval { require $path; 1 } };
    my $err = $@;
    if ($ok && @imports ? 1 : $ok) {
        if ($module->can('import')) {
            my $code = "package $pack;\n#line $line \"$file\"\nsub { \$_[0]->import(\@{ \$_[1] }); 1 }";
            my $sub = eval $code;
            my $imp = $sub && eval { $sub->($module, \@imports) };
            ($ok, $err) = (0, $@) unless $imp;
        }
    }
    my $r = $tb->ok($ok, "use $module;");
    unless ($ok) {
        chomp $err;
        $err =~ s/\n/\n    /g;
        $tb->diag("    Tried to use '$module'.\n    Error:  $err");
    }
    return $r;
}

sub require_ok {
    my $module = shift;
    my $tb = builder();
    my $path = $module;
    my $is_file = $module =~ /\.p[lm]$/ || $module =~ m{/};
    ($path = "$module.pm") =~ s{::}{/}g unless $is_file;
    my $ok = do { local $!; eval { require $path; 1 } };
    my $err = $@;
    my $r = $tb->ok($ok, "require $module;");
    unless ($ok) {
        chomp $err;
        $err =~ s/\n/\n    /g;
        $tb->diag("    Tried to require '$module'.\n    Error:  $err");
    }
    return $r;
}

# --- deep comparison -------------------------------------------------

my $DNE = bless [], 'Does::Not::Exist';

sub _dne { return ref $_[0] eq ref $DNE }

sub is_deeply {
    my ($got, $expected, $name) = @_;
    my $tb = builder();
    unless (@_ == 2 || @_ == 3) {
        my (undef, $file, $line) = caller;
        warn 'is_deeply() takes two or three args, you gave ' . scalar(@_) . ".\n"
            . "This usually means you passed an array or hash instead \nof a reference to it at $file line $line\n";
        return $tb->ok(0);
    }
    if (!ref $got && !ref $expected) {
        return $tb->is_eq($got, $expected, $name);
    }
    my @stack;
    my $same = _deep_check($got, $expected, \@stack, {});
    my $ok = $tb->ok($same, $name);
    $tb->diag(_format_stack(\@stack)) unless $same;
    return $ok;
}

sub _type {
    my $r = shift;
    return '' unless ref $r;
    for my $t (qw(Regexp ARRAY HASH REF SCALAR GLOB CODE VSTRING)) {
        return $t if UNIVERSAL::isa($r, $t);
    }
    return '';
}

sub _deep_check {
    my ($e1, $e2, $stack, $seen) = @_;
    no warnings 'uninitialized';
    return 1 if !defined $e1 && !defined $e2;
    if (!defined $e1 || !defined $e2) {
        push @$stack, { vals => [ $e1, $e2 ] };
        return 0;
    }
    return 1 if _dne($e1) && _dne($e2);
    if (_dne($e1) || _dne($e2)) {
        push @$stack, { vals => [ $e1, $e2 ] };
        return 0;
    }
    if (!ref $e1 && !ref $e2) {
        return 1 if "$e1" eq "$e2";
        push @$stack, { vals => [ $e1, $e2 ] };
        return 0;
    }
    if (!ref $e1 xor !ref $e2) {
        push @$stack, { vals => [ $e1, $e2 ] };
        return 0;
    }
    return 1 if "$e1" eq "$e2" && _type($e1) ne 'Regexp';
    my $key = "$e1\0$e2";
    return 1 if $seen->{$key}++;
    my ($t1, $t2) = (_type($e1), _type($e2));
    if ($t1 ne $t2) {
        push @$stack, { vals => [ $e1, $e2 ] };
        return 0;
    }
    if ($t1 eq 'ARRAY') {
        my $max = $#$e1 > $#$e2 ? $#$e1 : $#$e2;
        for my $i (0 .. $max) {
            my $a = $i > $#$e1 ? $DNE : $e1->[$i];
            my $b = $i > $#$e2 ? $DNE : $e2->[$i];
            push @$stack, { type => 'ARRAY', idx => $i, vals => [ $a, $b ] };
            return 0 unless _deep_check($a, $b, $stack, $seen);
            pop @$stack;
        }
        return 1;
    }
    if ($t1 eq 'HASH') {
        my $big = keys %$e1 > keys %$e2 ? $e1 : $e2;
        for my $k (sort keys %$big) {
            my $a = exists $e1->{$k} ? $e1->{$k} : $DNE;
            my $b = exists $e2->{$k} ? $e2->{$k} : $DNE;
            push @$stack, { type => 'HASH', idx => $k, vals => [ $a, $b ] };
            return 0 unless _deep_check($a, $b, $stack, $seen);
            pop @$stack;
        }
        return 1;
    }
    if ($t1 eq 'REF' || $t1 eq 'SCALAR') {
        push @$stack, { type => 'REF', vals => [ $e1, $e2 ] };
        return 0 unless _deep_check($$e1, $$e2, $stack, $seen);
        pop @$stack;
        return 1;
    }
    if ($t1 eq 'Regexp') {
        return 1 if "$e1" eq "$e2";
    }
    push @$stack, { vals => [ $e1, $e2 ] };
    return 0;
}

sub _format_stack {
    my $stack = shift;
    my $var = '$FOO';
    my $arrow = 0;
    for my $entry (@$stack) {
        my $type = $entry->{type} || '';
        if ($type eq 'HASH') {
            $var .= '->' unless $arrow++;
            $var .= "{$entry->{idx}}";
        } elsif ($type eq 'ARRAY') {
            $var .= '->' unless $arrow++;
            $var .= "[$entry->{idx}]";
        } elsif ($type eq 'REF') {
            $var = "\${$var}";
        }
    }
    my @vals = @{ $stack->[-1]{vals} };
    my @vars = ($var, $var);
    $vars[0] =~ s/\$FOO/     \$got/;
    $vars[1] =~ s/\$FOO/\$expected/;
    for my $v (@vals) {
        $v = !defined $v ? 'undef' : _dne($v) ? 'Does not exist' : ref $v ? "$v" : "'$v'";
    }
    my $out = "Structures begin differing at:\n$vars[0] = $vals[0]\n$vars[1] = $vals[1]\n";
    $out =~ s/^/    /mg;
    return $out;
}

sub eq_array { my @s; return _deep_check($_[0], $_[1], \@s, {}) }
sub eq_hash  { my @s; return _deep_check($_[0], $_[1], \@s, {}) }

sub eq_set {
    my ($a1, $a2) = @_;
    return 0 unless @$a1 == @$a2;
    no warnings 'uninitialized';
    my @x = sort map { ref $_ ? "$_" : defined $_ ? $_ : '' } @$a1;
    my @y = sort map { ref $_ ? "$_" : defined $_ ? $_ : '' } @$a2;
    return eq_array(\@x, \@y);
}

1;
