#!/usr/bin/perl -lan
print "$F[1]:$F[0]";
END { print scalar(@F) }
