package Test::Builder;
# The engine under Test::More and Test::Simple: one object per test file
# (a singleton) that numbers tests, prints TAP on STDOUT and diagnostics on
# STDERR, and sets the exit status at END. Subtests use child builders that
# print with four more spaces of indentation.
use strict;
use warnings;

our $VERSION = '1.302190';
our $Level = 1;

our $Test;

sub new {
    my $class = shift;
    $Test ||= $class->create;
    return $Test;
}

sub create {
    my $class = shift;
    my $self = bless {}, $class;
    $self->reset;
    return $self;
}

sub reset {
    my $self = shift;
    %$self = (
        %$self,
        curr_test    => 0,
        planned      => undef,
        no_plan      => 0,
        skip_all     => undef,
        have_plan    => 0,
        done_testing => 0,
        results      => [],
        failed       => 0,
        indent       => '',
        pid          => $$,
        bailed       => 0,
        ended        => 0,
        todo_stack   => [],
    );
    $self->_open_testhandles unless $self->{out};
    return;
}

sub _autoflush {
    my $fh = shift;
    my $old = select($fh);
    $| = 1;
    select($old);
    return;
}

sub _open_testhandles {
    my $self = shift;
    local $!;
    open(my $out, '>&', \*STDOUT) or die "Can't dup STDOUT: $!";
    open(my $err, '>&', \*STDERR) or die "Can't dup STDERR: $!";
    _autoflush($out);
    _autoflush($err);
    _autoflush(\*STDOUT);
    _autoflush(\*STDERR);
    @$self{qw(out err todo_out)} = ($out, $err, $out);
    return;
}

sub output         { my $s = shift; $s->{out} = _handle(shift) if @_; return $s->{out}; }
sub failure_output { my $s = shift; $s->{err} = _handle(shift) if @_; return $s->{err}; }
sub todo_output    { my $s = shift; $s->{todo_out} = _handle(shift) if @_; return $s->{todo_out}; }

sub _handle {
    my $h = shift;
    return $h if ref $h;
    open(my $fh, '>', $h) or die "Can't open test output log $h: $!";
    _autoflush($fh);
    return $fh;
}

# --- plans -------------------------------------------------------------

sub plan {
    my ($self, $cmd, $arg) = @_;
    return unless $cmd;
    if ($self->{have_plan}) {
        my (undef, $file, $line) = _location();
        die "You tried to plan twice at $file line $line.\n";
    }
    if ($cmd eq 'no_plan') {
        $self->{no_plan} = 1;
        $self->{have_plan} = 1;
    } elsif ($cmd eq 'skip_all') {
        $self->skip_all($arg);
    } elsif ($cmd eq 'tests') {
        die "Number of tests must be a positive integer.  You gave it '"
            . (defined $arg ? $arg : 'undef') . "'\n"
            unless defined $arg && $arg =~ /^\+?\d+$/;
        $self->expected_tests($arg);
    } else {
        my @args = grep { defined } ($cmd, $arg);
        die "plan() doesn't understand @args\n";
    }
    return 1;
}

sub expected_tests {
    my $self = shift;
    if (@_) {
        my $max = shift;
        $self->{planned} = $max;
        $self->{have_plan} = 1;
        $self->_print("1..$max\n") unless $self->{no_header};
    }
    return $self->{planned} || 0;
}

sub no_plan  { my $s = shift; $s->{no_plan} = 1; $s->{have_plan} = 1; return 1; }
sub has_plan {
    my $s = shift;
    return $s->{planned} if defined $s->{planned};
    return 'no_plan' if $s->{no_plan};
    return undef;
}

sub skip_all {
    my ($self, $reason) = @_;
    $self->{skip_all} = defined $reason ? $reason : '';
    $self->{have_plan} = 1;
    my $out = '1..0';
    $out .= " # SKIP $reason" if defined $reason && length $reason;
    $self->_print("$out\n");
    die bless({}, 'Test::Builder::Exception') if $self->{parent};
    exit 0;
}

sub done_testing {
    my ($self, $num) = @_;
    if (defined $num) {
        if (defined $self->{planned} && $self->{planned} != $num) {
            $self->ok(0, "planned to run $self->{planned} but done_testing() expects $num");
        }
    } else {
        $num = $self->{curr_test};
    }
    if ($self->{done_testing}) {
        my @was = @{ $self->{done_testing} };
        $self->ok(0, 'done_testing() was already called at ' . $was[1] . ' line ' . $was[2]);
        return;
    }
    $self->{done_testing} = [ _location() ];
    $self->{done_testing_num} = $num;
    $self->_print("1..$num\n") unless defined $self->{planned} && !$self->{no_plan};
    $self->{planned} = $num unless defined $self->{planned} && !$self->{no_plan};
    $self->{have_plan} = 1;
    return 1 if $self->{curr_test} == $num && !$self->{failed};
    return 0;
}

# --- results -----------------------------------------------------------

sub current_test {
    my $self = shift;
    $self->{curr_test} = shift if @_;
    return $self->{curr_test};
}

sub is_passing { my $s = shift; return $s->{failed} ? 0 : 1; }
sub summary    { my $s = shift; return map { $_->{ok} } @{ $s->{results} }; }
sub details    { my $s = shift; return @{ $s->{results} }; }
sub level      { my $s = shift; $Level = shift if @_; return $Level; }
sub name       { my $s = shift; return $s->{name}; }
sub parent     { my $s = shift; return $s->{parent}; }

sub caller {
    my ($self, $height) = @_;
    $height ||= 0;
    my @c = CORE::caller($Level + $height + 1);
    return wantarray ? @c : $c[0];
}

# The package of the test code: the first frame outside the Test:: modules.
sub _test_package {
    my $i = 0;
    while (my @c = CORE::caller($i++)) {
        return $c[0] unless $c[0] =~ /^Test::(?:Builder|More|Simple)$/;
    }
    return 'main';
}

sub find_TODO {
    my ($self, $pack, $set, $new) = @_;
    $pack = _test_package() unless defined $pack;
    return undef unless defined $pack;
    no strict 'refs';
    my $old = ${ $pack . '::TODO' };
    ${ $pack . '::TODO' } = $new if $set;
    return $old;
}

sub todo {
    my ($self, $pack) = @_;
    return $self->{todo_stack}[-1] if @{ $self->{todo_stack} };
    my $todo = $self->find_TODO($pack);
    return $todo;
}

sub in_todo {
    my $self = shift;
    return defined $self->todo ? 1 : 0;
}

sub todo_start {
    my ($self, $msg) = @_;
    push @{ $self->{todo_stack} }, defined $msg ? $msg : '';
    return;
}

sub todo_end {
    my $self = shift;
    die "todo_end() called without todo_start()\n" unless @{ $self->{todo_stack} };
    pop @{ $self->{todo_stack} };
    return;
}

# Where the test was called from: past the outermost Test::Builder frame
# and the Test::More/Test::Simple wrappers above it, then $Level - 1 more.
sub _location {
    my ($i, $deepest) = (0, 0);
    while (my @c = CORE::caller($i)) {
        last unless $c[3] =~ /^Test::Builder::/;
        $deepest = $i++;
    }
    my $j = $deepest;
    while (my @c = CORE::caller($j)) {
        last unless $c[0] =~ /^Test::(?:Builder|More|Simple)$/;
        $j++;
    }
    my @c = CORE::caller($j + $Level - 1);
    @c = CORE::caller($j) unless @c;
    return @c;
}

sub ok {
    my ($self, $test, $name) = @_;
    local $!;
    $test = $test ? 1 : 0;
    $self->{curr_test}++;
    my $num = $self->{curr_test};
    my $todo = $self->todo;
    my (undef, $file, $line) = _location();
    if (defined $name && $name =~ /^[\d\s]+$/) {
        $self->diag("    You named your test '$name'.  You shouldn't use numbers for your test names.\n    Very confusing.");
    }
    my $out = $test ? 'ok' : 'not ok';
    $out .= " $num";
    my @extra;
    if (defined $name) {
        my $n = $name;
        ($n, @extra) = split /\n\r?/, $n, -1 if index($n, "\n") >= 0;
        if (index($n, '#') >= 0) {
            $n =~ s/\\/\\\\/g;
            $n =~ s/#/\\#/g;
        }
        $out .= " - $n";
    }
    $out .= " # TODO $todo" if defined $todo;
    $out .= "\n# $_" for @extra;
    $self->_print("$out\n");
    push @{ $self->{results} },
        { ok => ($test || defined $todo) ? 1 : 0, actual_ok => $test, name => $name,
          type => defined $todo ? 'todo' : '', reason => defined $todo ? $todo : '' };
    unless ($test) {
        $self->{failed}++ unless defined $todo;
        my $msg = defined $todo ? 'Failed (TODO)' : 'Failed';
        my $fh = defined $todo ? $self->{todo_out} : $self->{err};
        print $fh "\n" if $ENV{HARNESS_ACTIVE} && !defined $todo && !$self->{parent};
        if (defined $name) {
            print $fh $self->_comment(qq[  $msg test '$name'\n  at $file line $line.\n]);
        } else {
            print $fh $self->_comment(qq[  $msg test at $file line $line.\n]);
        }
    }
    return $test;
}

sub skip {
    my ($self, $why) = @_;
    $why = '' unless defined $why;
    $self->{curr_test}++;
    my $out = "ok $self->{curr_test} # skip";
    $out .= " $why" if length $why;
    $self->_print("$out\n");
    push @{ $self->{results} }, { ok => 1, actual_ok => 1, name => '', type => 'skip', reason => $why };
    return 1;
}

sub todo_skip {
    my ($self, $why) = @_;
    $why = '' unless defined $why;
    $self->{curr_test}++;
    $self->_print("not ok $self->{curr_test} # TODO & SKIP $why\n");
    push @{ $self->{results} }, { ok => 1, actual_ok => 0, name => '', type => 'todo_skip', reason => $why };
    return 1;
}

sub BAIL_OUT {
    my ($self, $reason) = @_;
    $self->{bailed} = 1;
    my $top = $self;
    $top = $top->{parent} while $top->{parent};
    $top->{bailed} = 1;
    $top->_print_raw(defined $reason && length $reason ? "Bail out!  $reason\n" : "Bail out!\n");
    exit 255;
}

# --- comparisons -------------------------------------------------------

sub _quote {
    my $v = shift;
    return defined $v ? "'$v'" : 'undef';
}

sub is_eq {
    my ($self, $got, $expect, $name) = @_;
    if (!defined $got || !defined $expect) {
        my $test = !defined $got && !defined $expect;
        $self->ok($test, $name);
        $self->_is_diag($got, 'eq', $expect) unless $test;
        return $test;
    }
    return $self->cmp_ok($got, 'eq', $expect, $name);
}

sub is_num {
    my ($self, $got, $expect, $name) = @_;
    if (!defined $got || !defined $expect) {
        my $test = !defined $got && !defined $expect;
        $self->ok($test, $name);
        $self->_is_diag($got, '==', $expect) unless $test;
        return $test;
    }
    return $self->cmp_ok($got, '==', $expect, $name);
}

sub isnt_eq {
    my ($self, $got, $dont, $name) = @_;
    if (!defined $got || !defined $dont) {
        my $test = defined $got || defined $dont;
        $self->ok($test, $name);
        $self->_isnt_diag($got, 'ne') unless $test;
        return $test;
    }
    return $self->cmp_ok($got, 'ne', $dont, $name);
}

sub isnt_num {
    my ($self, $got, $dont, $name) = @_;
    if (!defined $got || !defined $dont) {
        my $test = defined $got || defined $dont;
        $self->ok($test, $name);
        $self->_isnt_diag($got, '!=') unless $test;
        return $test;
    }
    return $self->cmp_ok($got, '!=', $dont, $name);
}

sub _show {
    my ($v, $type) = @_;
    return 'undef' unless defined $v;
    if ($type eq 'num' && !ref $v) {
        no warnings;
        return $v + 0 if $v =~ /\A\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*\z/;
        return $v;
    }
    return "'$v'";
}

sub _is_diag {
    my ($self, $got, $type, $expect) = @_;
    my $t = ($type eq '==' || $type eq '!=') ? 'num' : 'str';
    return $self->diag(sprintf("%12s: %s\n%12s: %s\n",
        'got', _show($got, $t), 'expected', _show($expect, $t)));
}

sub _isnt_diag {
    my ($self, $got, $type) = @_;
    my $t = ($type eq '!=') ? 'num' : 'str';
    return $self->diag(sprintf("%12s: %s\n%12s: anything else\n", 'got', _show($got, $t), 'expected'));
}

no warnings qw(uninitialized numeric);
my %CMP = (
    '<'  => sub { $_[0] < $_[1] },   '<=' => sub { $_[0] <= $_[1] },
    '>'  => sub { $_[0] > $_[1] },   '>=' => sub { $_[0] >= $_[1] },
    '==' => sub { $_[0] == $_[1] },  '!=' => sub { $_[0] != $_[1] },
    'lt' => sub { $_[0] lt $_[1] },  'le' => sub { $_[0] le $_[1] },
    'gt' => sub { $_[0] gt $_[1] },  'ge' => sub { $_[0] ge $_[1] },
    'eq' => sub { $_[0] eq $_[1] },  'ne' => sub { $_[0] ne $_[1] },
    '&&' => sub { $_[0] && $_[1] },  '||' => sub { $_[0] || $_[1] },
    'and' => sub { $_[0] and $_[1] }, 'or' => sub { $_[0] or $_[1] },
    'xor' => sub { ($_[0] xor $_[1]) }, '=~' => sub { $_[0] =~ $_[1] },
    '<=>' => sub { $_[0] <=> $_[1] }, 'cmp' => sub { $_[0] cmp $_[1] },
    '&' => sub { $_[0] & $_[1] },    '|' => sub { $_[0] | $_[1] },
    '^' => sub { $_[0] ^ $_[1] },    '**' => sub { $_[0] ** $_[1] },
    '+' => sub { $_[0] + $_[1] },    '-' => sub { $_[0] - $_[1] },
    '*' => sub { $_[0] * $_[1] },    '/' => sub { $_[0] / $_[1] },
    '%' => sub { $_[0] % $_[1] },    '.' => sub { $_[0] . $_[1] },
    'x' => sub { $_[0] x $_[1] },
);
use warnings qw(uninitialized numeric);

sub cmp_ok {
    my ($self, $got, $type, $expect, $name) = @_;
    my $code = $CMP{$type};
    $code = eval "sub { \$_[0] $type \$_[1] }" if !$code && $type =~ /^[-+*\/%.x<>=!~&|^a-z]+\z/;
    die "$type is not a valid comparison operator in cmp_ok()\n" unless $code;
    my ($test, $error);
    {
        local ($@, $!, $SIG{__DIE__});
        $test = eval { $code->($got, $expect) };
        $error = $@;
    }
    my $ok = $self->ok($test, $name);
    if ($error) {
        chomp(my $e = $error);
        $self->diag("An error occurred while using $type:\n------------------------------------\n$e\n------------------------------------\n");
    }
    unless ($ok) {
        if ($type =~ /^(?:eq|==)$/) {
            $self->_is_diag($got, $type, $expect);
        } elsif ($type =~ /^(?:ne|!=)$/) {
            $self->_isnt_diag($got, $type);
        } else {
            $self->diag(sprintf("    %s\n        %s\n    %s\n", _quote($got), $type, _quote($expect)));
        }
    }
    return $ok;
}

sub _regex_ok {
    my ($self, $got, $re, $cmp, $name) = @_;
    my $usable = ref $re eq 'Regexp' ? $re : undef;
    if (!$usable && defined $re && $re =~ m{^/(.*)/(\w*)$}s) {
        my ($pat, $mods) = ($1, $2);
        $usable = length $mods ? qr/(?$mods)$pat/ : qr/$pat/;
    }
    unless ($usable) {
        my $ok = $self->ok(0, $name);
        $self->diag('    ' . _quote($re) . " doesn't look much like a regex to me.");
        return $ok;
    }
    my $match;
    {
        no warnings 'uninitialized';
        $match = ($got =~ $usable) ? 1 : 0;
    }
    my $test = $cmp eq '=~' ? $match : !$match;
    my $ok = $self->ok($test, $name);
    unless ($ok) {
        my $g = _quote($got);
        my $verb = $cmp eq '=~' ? "doesn't match" : 'matches';
        $self->diag(sprintf("    %14s%s\n    %13s '%s'\n", '', $g, $verb, $re));
    }
    return $ok;
}

sub like   { my ($s, $g, $r, $n) = @_; return $s->_regex_ok($g, $r, '=~', $n); }
sub unlike { my ($s, $g, $r, $n) = @_; return $s->_regex_ok($g, $r, '!~', $n); }

# --- output ------------------------------------------------------------

sub _print_raw {
    my ($self, $msg) = @_;
    local $!;
    my $fh = $self->{out};
    print $fh $msg;
    return;
}

sub _print {
    my ($self, $msg) = @_;
    $msg =~ s/^/$self->{indent}/mg if length $self->{indent};
    return $self->_print_raw($msg);
}

sub _comment {
    my ($self, @msgs) = @_;
    my $msg = join '', map { defined $_ ? $_ : 'undef' } @msgs;
    chomp $msg;
    $msg =~ s/^/# /;
    $msg =~ s/\n/\n# /g;
    $msg =~ s/^/$self->{indent}/mg if length $self->{indent};
    return "$msg\n";
}

sub diag {
    my $self = shift;
    return 0 unless @_;
    local $!;
    my $msg = $self->_comment(@_);
    my $fh = $self->in_todo ? $self->{todo_out} : $self->{err};
    print $fh $msg;
    return 0;
}

sub note {
    my $self = shift;
    return 0 unless @_;
    my $fh = $self->{out};
    print $fh $self->_comment(@_);
    return 0;
}

sub explain {
    my $self = shift;
    require Data::Dumper;
    return map {
        ref $_ ? do {
            my $d = Data::Dumper->new([$_]);
            $d->Indent(1)->Terse(1)->Sortkeys(1);
            $d->Dump;
        } : $_
    } @_;
}

# --- subtests ----------------------------------------------------------

sub child {
    my ($self, $name) = @_;
    my $child = (ref $self)->create;
    $child->{out} = $self->{out};
    $child->{err} = $self->{err};
    $child->{todo_out} = $self->{todo_out};
    $child->{indent} = $self->{indent} . '    ';
    $child->{parent} = $self;
    $child->{name} = $name;
    $child->{err} = $self->{todo_out} if defined $self->todo;
    return $child;
}

sub subtest {
    my ($self, $name, $code, @args) = @_;
    die "subtest()'s second argument must be a code ref\n" unless ref $code eq 'CODE';
    $self->_print("# Subtest: $name\n");
    my $child = $self->child($name);
    my ($ok, $err);
    my $pack = _test_package();
    my $saved_todo = $self->find_TODO($pack, 1, undef);
    {
        local $Test = $child;
        local $Level = 1;
        $ok = eval { $code->(@args); 1 };
        $err = $@;
    }
    $self->find_TODO($pack, 1, $saved_todo);
    if (!$ok && !(ref $err && ref $err eq 'Test::Builder::Exception')) {
        die $err;
    }
    return $self->_finish_child($child, $name);
}

sub _finish_child {
    my ($self, $child, $name) = @_;
    if (defined $child->{skip_all}) {
        my $why = $child->{skip_all};
        return $self->skip($why);
    }
    if (!$child->{have_plan} || $child->{no_plan}) {
        $child->done_testing if $child->{curr_test} || !$child->{have_plan};
    }
    $child->_ending_messages;
    my $ok = $child->{curr_test} && !$child->{failed}
        && (!defined $child->{planned} || $child->{planned} == $child->{curr_test});
    if (!$child->{curr_test}) {
        $child->diag('No tests run!');
        $self->ok(0, 'No tests run for subtest "' . $name . '"');
        return 0;
    }
    return $self->ok($ok ? 1 : 0, $name);
}

# --- the end -----------------------------------------------------------

sub _ending_messages {
    my $self = shift;
    my $run = $self->{curr_test};
    my $planned = $self->{planned};
    my $failed = $self->{failed};
    if (defined $planned && $planned != $run) {
        my $s = $planned == 1 ? '' : 's';
        $self->diag("Looks like you planned $planned test$s but ran $run.");
    }
    if ($failed) {
        my $s = $failed == 1 ? '' : 's';
        my $q = (defined $planned && $planned != $run) ? ' run' : '';
        $self->diag("Looks like you failed $failed test$s of $run$q.");
    }
    return;
}

sub _ending {
    my ($self, $real) = @_;
    return $real if $self->{ended}++;
    return $real if $self->{pid} != $$ || $self->{bailed};
    return $real if defined $self->{skip_all};
    my $run = $self->{curr_test};
    if (!$self->{have_plan}) {
        return $real unless $run;
        $self->diag('Tests were run but no plan was declared and done_testing() was not seen.');
        if ($real) {
            $self->diag("Looks like your test exited with $real just after $run.");
            return $real;
        }
        return 254;
    }
    if ($self->{no_plan} && !$self->{done_testing}) {
        $self->_print("1..$run\n");
        $self->{planned} = $run;
    }
    if (!$run) {
        if ($real) {
            $self->diag("Looks like your test exited with $real before it could output anything.");
            return $real;
        }
        $self->diag('No tests run!') unless $self->{done_testing};
        return 255;
    }
    if ($real) {
        $self->diag("Looks like your test exited with $real just after $run.");
        return $real;
    }
    my $planned = $self->{planned};
    $self->_ending_messages;
    my $failed = $self->{failed};
    return $failed > 254 ? 254 : $failed if $failed;
    return 255 if defined $planned && $planned != $run;
    return 0;
}

END {
    if ($Test) {
        local $Level = 0;
        $? = $Test->_ending($?);
    }
}

package Test::Builder::Exception;

1;
