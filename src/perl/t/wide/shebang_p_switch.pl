#!/usr/bin/perl -p
s/(\w+)/\u$1/g;
