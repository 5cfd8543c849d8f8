/** Socket constants (Linux values), as Perl's Socket module exposes them. */
export const AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
export const PF_UNSPEC = 0, PF_UNIX = 1, PF_INET = 2, PF_INET6 = 10;
export const SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3, SOCK_NONBLOCK = 0o4000, SOCK_CLOEXEC = 0o2000000;
export const IPPROTO_IP = 0, IPPROTO_ICMP = 1, IPPROTO_TCP = 6, IPPROTO_UDP = 17;
export const SOL_SOCKET = 1;
export const SO_DEBUG = 1, SO_REUSEADDR = 2, SO_TYPE = 3, SO_ERROR = 4, SO_DONTROUTE = 5,
  SO_BROADCAST = 6, SO_SNDBUF = 7, SO_RCVBUF = 8, SO_KEEPALIVE = 9, SO_OOBINLINE = 10,
  SO_LINGER = 13, SO_REUSEPORT = 15, SO_RCVLOWAT = 18, SO_SNDLOWAT = 19, SO_RCVTIMEO = 20,
  SO_SNDTIMEO = 21, SO_ACCEPTCONN = 30;
export const TCP_NODELAY = 1;
export const MSG_OOB = 1, MSG_PEEK = 2, MSG_DONTROUTE = 4, MSG_WAITALL = 0x100, MSG_DONTWAIT = 0x40,
  MSG_NOSIGNAL = 0x4000, MSG_TRUNC = 0x20;
export const SHUT_RD = 0, SHUT_WR = 1, SHUT_RDWR = 2;
export const INADDR_ANY = '0.0.0.0', INADDR_LOOPBACK = '127.0.0.1';
/** getaddrinfo errors as glibc numbers them (negative in glibc). */
export const EAI_NONAME = -2, EAI_AGAIN = -3, EAI_FAIL = -4, EAI_SERVICE = -8;
export const SOMAXCONN = 4096;
