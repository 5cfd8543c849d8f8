/**
 * The sandbox's command builder: the Perl socket one-liners of the "Networking and
 * Daemons" chapter (its ```command-builder fence, as data).
 */
import { builderFromData } from '../command-builder/format.ts';

export const SOCKET_BUILDER = builderFromData({
  "base": "perl -MIO::Socket::INET -e",
  "description": "Build a Perl socket one-liner for quick network testing",
  "options": [
    {
      "flag": "",
      "type": "select",
      "label": "Socket operation",
      "explanation": "Choose a network operation to perform",
      "choices": [
        [
          "'my $s = IO::Socket::INET->new(PeerHost=>\"localhost\", PeerPort=>80, Proto=>\"tcp\", Timeout=>3) or die \"$!\\n\"; print \"Port 80 open\\n\"; close $s;'",
          "TCP port check (connect test)"
        ],
        [
          "'my $s = IO::Socket::INET->new(PeerHost=>\"localhost\", PeerPort=>80, Proto=>\"tcp\") or die $!; print $s \"GET / HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n\"; print while <$s>;'",
          "Raw HTTP GET request"
        ],
        [
          "'my $s = IO::Socket::INET->new(LocalPort=>9999, Proto=>\"tcp\", Listen=>1, ReuseAddr=>1) or die $!; print \"Listening 9999\\n\"; my $c=$s->accept; print while <$c>;'",
          "Simple TCP listener (receive data)"
        ],
        [
          "'my $s = IO::Socket::INET->new(PeerHost=>\"localhost\", PeerPort=>9999, Proto=>\"udp\") or die $!; $s->send(\"ping\"); $s->recv(my $r, 1024); print $r;'",
          "UDP send and receive"
        ]
      ]
    },
    {
      "flag": "",
      "type": "text",
      "label": "Target host",
      "explanation": "Hostname or IP to connect to (replaces localhost in the command)",
      "placeholder": "localhost"
    }
  ]
});
