# Data::Dumper layout under every combination of Indent, Terse, Useqq, Pad and Deepcopy,
# plus Quotekeys, Pair, Trailingcomma, *names and cycles.
use Data::Dumper;
my $shared = [1, 'x'];
my $sh = { k => 'v' };
my $obj = bless { v => [1] }, 'My::Obj';
my @data = (
  { list => [1, 'two', undef, [3, []]], h => { x => 1, y => {} }, s => \"str", a => $shared, b => $shared, c => $sh, d => [$sh], o => $obj, n => -3, f => 1.5, q => "it's\n", e => '' },
  [$shared, $shared, 10, "tab\t", [$obj]],
  'plain',
  \[$sh],
);
for my $indent (0, 1, 2, 3) {
  for my $terse (0, 1) {
    for my $useqq (0, 1) {
      for my $pad ('', '# ') {
        for my $deep (0, 1) {
          local $Data::Dumper::Indent = $indent;
          local $Data::Dumper::Terse = $terse;
          local $Data::Dumper::Useqq = $useqq;
          local $Data::Dumper::Pad = $pad;
          local $Data::Dumper::Deepcopy = $deep;
          local $Data::Dumper::Sortkeys = 1;
          print "== I$indent T$terse Q$useqq P'$pad' D$deep\n";
          print Dumper(@data);
          print "--\n";
          print Data::Dumper->new([$data[1], 5], ['arr', '*h'])->Dump;
          print "--\n";
          print Dumper({ one => 1 });
          print "|\n";
        }
      }
    }
  }
}

$Data::Dumper::Sortkeys = 1;
my $cyc = { name => 'c' }; $cyc->{self} = $cyc;
my $list = [1]; push @$list, $list;
for my $indent (0, 1, 2, 3) {
  for my $deep (0, 1) {
    local $Data::Dumper::Indent = $indent;
    local $Data::Dumper::Deepcopy = $deep;
    print "== I$indent D$deep\n";
    print Dumper($cyc, $list);
    print Data::Dumper->new([[1, [2]], { a => [3], b => 'x' }, \'s', 7], [qw(*arr *hh *sc *n)])->Dump;
    print Data::Dumper->new([{ 10 => 1, abc => 2, 'a-b' => 3, '01' => 4, -5 => 5 }])->Quotekeys(0)->Dump;
    print Data::Dumper->new([{ k => [1, 2] }])->Pair(': ')->Trailingcomma(1)->Dump;
    print Data::Dumper->new([{ a => { b => { c => 1 } } }, [[[1]]]])->Dump;
    print Data::Dumper->new([{ s => sub { 1 }, u => undef, big => 12345678901, neg => -7, fl => 0.25, str => '42abc', z => '007' }])->Terse(1)->Dump, "\n";
    print Dumper("\x{263a}", "a\0b", "\$x\@y");
    local $Data::Dumper::Useqq = 1;
    print Dumper("\x{263a}", "a\0b", "\$x\@y", "\x017");
  }
}
{ local $Data::Dumper::Useqq = 1; print Dumper("caf\x{e9}", "\x{e9}\x{263a}", "\x7f\x80"); }
# Purity and a Sortkeys sub
{

$Data::Dumper::Sortkeys = 1;
my $c = { n => 1 }; $c->{self} = $c; my $s = [1]; $c->{a} = $s; $c->{b} = $s;
for my $i (0, 1, 2) { local $Data::Dumper::Indent = $i; local $Data::Dumper::Purity = 1; print Dumper($c, [$s]); print "\n"; }
print Data::Dumper->new([[5]], ['*x'])->Purity(1)->Dump;
print Data::Dumper->new([{ a => [1] }], ['x'])->Sortkeys(sub { [reverse sort keys %{$_[0]}] })->Dump;
{ local $Data::Dumper::Terse = 1; local $Data::Dumper::Purity = 1; my $c = { n => 1 }; $c->{self} = $c; print Dumper($c); local $Data::Dumper::Indent = 0; local $Data::Dumper::Pad = "> "; print Dumper($c, \$c), "\n"; }
}
