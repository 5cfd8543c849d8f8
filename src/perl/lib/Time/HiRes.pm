package Time::HiRes;
# Time::HiRes: sub-second time and sleep on the machine's clock (natives).
use Exporter 'import';
our $VERSION = '1.9770';
our @EXPORT_OK = qw(time sleep usleep);
1;
