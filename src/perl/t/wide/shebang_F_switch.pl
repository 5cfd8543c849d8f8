#!/usr/bin/perl -F: -lan
print $F[-1];
