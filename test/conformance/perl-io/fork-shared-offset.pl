# A handle inherited across fork shares its file offset: writes interleave, not overwrite.
open my $fh, '>', 'shared.txt' or die;
$fh->autoflush(1);
print $fh "parent first\n";
my $pid = fork // die;
if ($pid == 0) { print $fh "child line\n"; exit 0 }
waitpid $pid, 0;
print $fh "parent after\n";
close $fh;
open my $r, '<', 'shared.txt' or die;
print <$r>;
