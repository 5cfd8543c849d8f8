/**
 * Event-loop timing follows the virtual clock: two 1-second requests to
 * httpbin.org/delay/1 run concurrently (Mojo promises, AnyEvent condvars)
 * finish in about one second of the machine's time, and one after the other
 * in about two. The same shape against a local server, recorded from the
 * real perl, is test/conformance/perl-http/mj-ua-async.
 */
import { describe, expect, it } from 'vitest';
import { runLine } from '../system/testing.ts';

function perl(script: string): string {
  const r = runLine('perl /tmp/t.pl', { tty: false, files: { '/tmp/t.pl': script }, maxVirtualMs: 30_000 });
  return r.stdout + r.stderr;
}

const TIMED = `use strict; use warnings; use Time::HiRes qw(time);
sub timed { my ($name, $code) = @_; my $t0 = time; my @r = $code->();
  my $el = time - $t0;
  printf "%s: %s in %s\\n", $name, "@r", $el >= 0.95 && $el < 1.5 ? 'about 1 s' : $el >= 1.95 && $el < 2.5 ? 'about 2 s' : "$el s" }
`;

describe('two 1-second requests', () => {
  it('run concurrently with Mojo promises in about 1 s, one after the other in about 2 s', () => {
    expect(perl(`${TIMED}use Mojo::UserAgent; use Mojo::Promise;
my $ua = Mojo::UserAgent->new;
my $URL = 'http://httpbin.org/delay/1';
timed(concurrent => sub { my @codes;
  Mojo::Promise->all(map { $ua->get_p($URL) } 1 .. 2)->then(sub { @codes = map { $_->[0]->result->code } @_ })->wait;
  @codes });
timed(sequential => sub { map { $ua->get($URL)->result->code } 1 .. 2 });
`)).toBe('concurrent: 200 200 in about 1 s\nsequential: 200 200 in about 2 s\n');
  }, 60_000);

  it('run concurrently under AnyEvent in about 1 s', () => {
    expect(perl(`${TIMED}use AnyEvent; use AnyEvent::Handle;
sub get_cv { my ($cv) = @_; $cv->begin; my $buf = '';
  my $h; $h = AnyEvent::Handle->new(connect => ['httpbin.org', 80],
    on_error => sub { $buf .= "error $_[2]"; undef $h; $cv->end },
    on_eof => sub { push @{ $cv->{codes} }, $buf =~ m{^HTTP/1.1 (\\d+)} ? $1 : $buf; undef $h; $cv->end });
  $h->push_write("GET /delay/1 HTTP/1.1\\r\\nHost: httpbin.org\\r\\nConnection: close\\r\\n\\r\\n");
  $h->on_read(sub { $buf .= $_[0]{rbuf}; $_[0]{rbuf} = '' }) }
timed(concurrent => sub { my $cv = AnyEvent->condvar; get_cv($cv) for 1 .. 2; $cv->recv; @{ $cv->{codes} } });
`)).toBe('concurrent: 200 200 in about 1 s\n');
  }, 60_000);
});
