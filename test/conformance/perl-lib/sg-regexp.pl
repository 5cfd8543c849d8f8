use strict;
use warnings;
use Storable qw(dclone freeze thaw store retrieve);
my $rules = { name => qr/^[a-z]+$/, num => qr/^\d+$/, ci => qr/yes|no/i, multi => qr/^end$/m };
my $copy = dclone($rules);
for my $k (sort keys %$copy) { print "$k: $copy->{$k} ref=", ref($copy->{$k}), "\n" }
print "matches: ", join(',', ('abc' =~ $copy->{name} ? 1 : 0), ('12x' =~ $copy->{num} ? 1 : 0), ('YES' =~ $copy->{ci} ? 1 : 0), ("a\nend\nb" =~ $copy->{multi} ? 1 : 0)), "\n";
store([qr/(\w+)@(\w+)/], 're.sto');
my $back = retrieve('re.sto');
my @m = 'me@host' =~ $back->[0];
print "captures: @m\n";
my $t = thaw(freeze({ list => [qr/a/, qr/b/], n => 1 }));
print "frozen list: ", join(' ', @{$t->{list}}), "\n";
eval { dclone({ code => sub { 1 } }) }; (my $e = $@) =~ s/ at \S+ line \d+.*//s; print "code: $e\n";
eval { dclone(\*STDOUT) }; ($e = $@) =~ s/ at \S+ line \d+.*//s; print "glob: $e\n";
unlink 're.sto';
