use Test::More;
use_ok('File::Basename');
require_ok('File::Spec');
ok(defined &basename, 'imported');
done_testing;
