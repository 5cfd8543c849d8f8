use strict;
use warnings;
my @mods = qw(POSIX List::Util Not::Installed::Thing Scalar::Util Another::Missing);
for my $m (@mods) {
    (my $file = "$m.pm") =~ s{::}{/}g;
    my $ok = eval { require $file; 1 };
    if ($ok) { print "$m: loaded\n" }
    else { (my $e = $@) =~ s/ \(\@INC[^)]*\)//; print "$m: $e" }
}
my $has_json = eval { require JSON::Whatever; 1 } ? 'yes' : 'no';
print "optional module: $has_json\n";
print "error mentions install hint: ", ($@ =~ /you may need to install the JSON::Whatever module/ ? 1 : 0), "\n";
eval "use Missing::Mod qw(f); 1" or print "use in eval: ", ($@ =~ /^Can't locate Missing\/Mod\.pm in \@INC .*\nBEGIN failed--compilation aborted at \(eval \d+\) line 1\.\n\z/s ? 'ok' : $@), "\n";
eval { require 'relative/file.pl' }; (my $e = $@) =~ s/ \(\@INC[^)]*\)//; print "file: $e";
eval { my $name = 'Bad::Name::'; eval "require $name" or die $@ }; print "bad name: ", ($@ ? 'error' : 'none'), "\n";
print "INC loaded POSIX: ", (exists $INC{'POSIX.pm'} ? 1 : 0), " missing not in INC: ", (exists $INC{'Not/Installed/Thing.pm'} ? 1 : 0), "\n";
