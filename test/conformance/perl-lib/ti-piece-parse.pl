use strict;
use warnings;
use Time::Piece;
use Time::Seconds;
my @inputs = (['2024-03-15', '%Y-%m-%d'], ['15/03/2024 08:05', '%d/%m/%Y %H:%M'], ['Mar 15 2024', '%b %d %Y'], ['2024-03-15T23:59:59', '%Y-%m-%dT%H:%M:%S'], ['1999 365', '%Y %j']);
for my $i (@inputs) {
    my $t = Time::Piece->strptime(@$i);
    printf "%-20s => %s %s epoch=%d wday=%s\n", $i->[0], $t->ymd, $t->hms, $t->epoch, $t->wdayname;
}
my $t1 = Time::Piece->strptime('2024-01-31', '%Y-%m-%d');
my $t2 = Time::Piece->strptime('2024-03-01', '%Y-%m-%d');
my $d = $t2 - $t1;
print "diff days: ", $d->days, " weeks: ", sprintf('%.2f', $d->weeks), "\n";
print "add_months jan31+1: ", $t1->add_months(1)->ymd, "\n";
print "add seconds: ", ($t1 + 90)->hms, " ONE_HOUR*2: ", ($t1 + 2 * ONE_HOUR)->hms, "\n";
print "sort: ", join(' ', map { $_->ymd } sort { $a <=> $b } ($t2, $t1)), "\n";
print "strftime week: ", $t2->strftime('%V %U %a'), "\n";
print "month_last_day feb 2024: ", Time::Piece->strptime('2024-02-10', '%Y-%m-%d')->month_last_day, "\n";
print "is_leap 1900: ", (Time::Piece->strptime('1900-01-01', '%Y-%m-%d')->is_leap_year ? 1 : 0), " 2000: ", (Time::Piece->strptime('2000-01-01', '%Y-%m-%d')->is_leap_year ? 1 : 0), "\n";
print "Seconds pretty: ", Time::Seconds->new(90061)->pretty, "\n";
print "Seconds neg: ", Time::Seconds->new(-61)->pretty, "\n";
print "date_separator: ", $t1->ymd(''), " ", $t1->mdy('/'), "\n";
