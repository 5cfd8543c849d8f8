# oracle:
use strict; use warnings;
use IO::Async::Loop;
use IO::Async::Timer::Periodic;
my $loop = IO::Async::Loop->new;
my @log;
my $ticks = 0;
my $timer = IO::Async::Timer::Periodic->new(
    interval => 0.05,
    first_interval => 0.01,
    on_tick => sub { push @log, 'tick ' . ++$ticks; if ($ticks == 4) { $_[0]->stop; $loop->stop } },
);
$timer->start;
push @log, 'started before add: ' . ($timer->is_running ? 1 : 0);
$loop->add($timer);
push @log, 'running after add: ' . ($timer->is_running ? 1 : 0);
$loop->later(sub { push @log, 'later 1' });
$loop->later(sub { push @log, 'later 2' });
my $id = $loop->watch_time(after => 0.03, code => sub { push @log, 'watch_time' });
my $gone = $loop->watch_time(after => 0.02, code => sub { push @log, 'never' });
$loop->unwatch_time($gone);
$loop->run;
print "$_\n" for @log;
eval { IO::Async::Timer::Periodic->new(interval => 1) }; print "no callback: ", $@ =~ s/ at \S+ line \d+\.\n//r, "\n";
my $f = $loop->new_future;
$loop->watch_time(after => 0.01, code => sub { $f->done('from loop') });
print "new_future: ", $f->get, " ", ref $f, "\n";
my $tf = $loop->timeout_future(after => 0.01);
eval { $tf->get }; print "timeout_future: ", $@ =~ s/ at \S+ line \d+\.\n//r, "\n";
