#!/usr/bin/perl -0777 -n
print length($_), " chars\n";
print scalar(() = /\n/g), " newlines\n";
