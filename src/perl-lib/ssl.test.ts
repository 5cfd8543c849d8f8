/**
 * IO::Socket::SSL and HTTP::Tiny's https over the machine's simulated TLS,
 * against the simulated hosts (httpbin.org's /get shape, badssl.example's
 * certificate failures). Whole outputs.
 */
import { describe, expect, it } from 'vitest';
import { runLine } from '../system/testing.ts';

function perl(script: string): string {
  const r = runLine('perl /tmp/t.pl', { tty: false, files: { '/tmp/t.pl': script } });
  return r.stdout + r.stderr;
}

const HTTPBIN_GET = (ua: string | null): string => '{\n  "args": {}, \n  "headers": {\n    "Host": "httpbin.org", \n' +
  (ua ? `    "User-Agent": "${ua}", \n` : '') +
  '    "X-Amzn-Trace-Id": "Root=1-6955b900-591c8dd8cd6587c9f8ed16a2"\n  }, \n  "origin": "192.0.2.2", \n' +
  '  "url": "https://httpbin.org/get"\n}\n';
const VERIFY_FAILED = 'SSL connect attempt failed error:0A000086:SSL routines::certificate verify failed';

describe('IO::Socket::SSL', () => {
  it('handshakes and carries a request in records', () => {
    expect(perl(`use IO::Socket::SSL;
my $s = IO::Socket::SSL->new(PeerHost => 'httpbin.org', PeerPort => 443) or die "fail: $SSL_ERROR\\n";
$s->print("GET /get HTTP/1.1\\r\\nHost: httpbin.org\\r\\nConnection: close\\r\\n\\r\\n");
my $status = $s->getline;
my $body = join '', $s->getlines;
$body =~ s/\\A.*?\\r\\n\\r\\n//s;
print $status, $body, $s->get_cipher, "\\n", $s->get_sslversion, "\\n", $s->peer_certificate('subject'), "\\n";
`)).toBe('HTTP/1.1 200 OK\r\n' + HTTPBIN_GET(null) + 'TLS_AES_256_GCM_SHA384\nTLSv1_3\n/CN=httpbin.org\n');
  });

  it('fails verification with the OpenSSL text, and not without verification', () => {
    expect(perl(`use IO::Socket::SSL;
for my $host (qw(expired.badssl.example self-signed.badssl.example wrong.host.badssl.example)) {
  my $s = IO::Socket::SSL->new(PeerHost => $host, PeerPort => 443);
  print defined $s ? "ok\\n" : "undef: $IO::Socket::SSL::SSL_ERROR|" . IO::Socket::SSL->errstr . "\\n";
}
my $s = IO::Socket::SSL->new(PeerHost => 'expired.badssl.example', PeerPort => 443, SSL_verify_mode => SSL_VERIFY_NONE);
print ref $s, " ", SSL_VERIFY_PEER, " $IO::Socket::SSL::VERSION\\n";
`)).toBe(`undef: ${VERIFY_FAILED}|${VERIFY_FAILED}\n`.repeat(3) + 'IO::Socket::SSL 1 2.081\n');
  });

  it('upgrades a connected socket with start_SSL', () => {
    expect(perl(`use IO::Socket::SSL; use IO::Socket::INET;
my $t = IO::Socket::INET->new(PeerAddr => 'httpbin.org', PeerPort => 443) or die "connect: $!\\n";
IO::Socket::SSL->start_SSL($t, SSL_hostname => 'httpbin.org') or die "ssl: $SSL_ERROR\\n";
print ref $t, "\\n";
$t->syswrite("GET /status/418 HTTP/1.1\\r\\nHost: httpbin.org\\r\\nConnection: close\\r\\n\\r\\n");
my $n = $t->sysread(my $buf, 12);
print "$n [$buf]\\n";
`)).toBe('IO::Socket::SSL\n12 [HTTP/1.1 418]\n');
  });
});

describe('HTTP::Tiny over https', () => {
  it('gets https://httpbin.org/get', () => {
    expect(perl(`use HTTP::Tiny;
my $r = HTTP::Tiny->new->get('https://httpbin.org/get');
print $r->{status}, "\\n", $r->{content};
`)).toBe('200\n' + HTTPBIN_GET('HTTP-Tiny/0.080'));
  });

  it('reports 599 for a bad certificate when verifying, and ignores it by default (0.080)', () => {
    expect(perl(`use HTTP::Tiny;
my $r = HTTP::Tiny->new(verify_SSL => 1)->get('https://expired.badssl.example/');
print $r->{status}, "\\n", $r->{content};
$r = HTTP::Tiny->new->get('https://expired.badssl.example/');
print $r->{status}, "\\n";
print HTTP::Tiny->can_ssl ? "can_ssl\\n" : "no\\n";
`)).toBe(`599\nSSL connection failed for expired.badssl.example: ${VERIFY_FAILED}\n200\ncan_ssl\n`);
  });
});

describe('LWP::UserAgent over https (LWP::Protocol::https)', () => {
  it('gets https://httpbin.org/get with the Client-SSL-* headers', () => {
    expect(perl(`use LWP::UserAgent;
my $r = LWP::UserAgent->new(agent => 'lwp-test')->get('https://httpbin.org/get');
print $r->status_line, "\\n", $r->decoded_content;
print map { "$_: " . $r->header($_) . "\\n" } grep { /^Client-SSL/ } sort $r->header_field_names;
`)).toBe('200 OK\n' + HTTPBIN_GET('lwp-test') + 'Client-SSL-Cert-Issuer: /C=ZZ/O=Terrarium/CN=Terrarium Simulated CA R1\n' +
      'Client-SSL-Cert-Subject: /CN=httpbin.org\nClient-SSL-Cipher: TLS_AES_256_GCM_SHA384\n' +
      'Client-SSL-Socket-Class: IO::Socket::SSL\nClient-SSL-Version: TLSv1_3\n');
  });

  it('fails a bad certificate as LWP does, unless verify_hostname is off', () => {
    expect(perl(`use LWP::UserAgent;
my $ua = LWP::UserAgent->new;
for my $host (qw(expired.badssl.example self-signed.badssl.example wrong.host.badssl.example)) {
  my $r = $ua->get("https://$host/");
  print $r->status_line, "\\n";
}
my $r = $ua->get('https://expired.badssl.example/');
print $r->content;
my $lax = LWP::UserAgent->new(ssl_opts => { verify_hostname => 0 });
print $lax->get('https://expired.badssl.example/')->status_line, "\\n";
$lax->ssl_opts(verify_hostname => 1);
print $lax->get('https://expired.badssl.example/')->code, "\\n";
`)).toBe(['expired.badssl.example', 'self-signed.badssl.example', 'wrong.host.badssl.example']
      .map((h) => `500 Can't connect to ${h}:443 (certificate verify failed)\n`).join('') +
      "Can't connect to expired.badssl.example:443 (certificate verify failed)\n\n" +
      `${VERIFY_FAILED} at /usr/lib/perl5/LWP/Protocol/https.pm line 32.\n200 OK\n500\n`);
  });
});
