/** The files a fresh machine's /etc holds, and its directory layout. */
import type { Machine } from '../kernel/machine.ts';

export const PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
user:x:1000:1000:user:/home/user:/bin/bash
`;

export const GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:user
tty:x:5:
sudo:x:27:user
www-data:x:33:
users:x:100:user
nogroup:x:65534:
user:x:1000:
`;

const HOSTS = `127.0.0.1\tlocalhost
127.0.1.1\tlinux
::1\t\tlocalhost ip6-localhost ip6-loopback
`;

/** Aliases Debian's netbase lists for some services. */
const ALIASES: Record<string, string> = { http: 'www', domain: '', smtp: 'mail', syslog: '', 'http-alt': 'webcache', imap2: 'imap', ntp: '' };

/** Well-known ports (IANA assignments). */
const SERVICES = [
  ['echo', 7, 'tcp'], ['echo', 7, 'udp'], ['discard', 9, 'tcp'], ['daytime', 13, 'tcp'],
  ['ftp', 21, 'tcp'], ['ssh', 22, 'tcp'], ['telnet', 23, 'tcp'], ['smtp', 25, 'tcp'],
  ['domain', 53, 'tcp'], ['domain', 53, 'udp'], ['http', 80, 'tcp'], ['pop3', 110, 'tcp'],
  ['ntp', 123, 'udp'], ['imap2', 143, 'tcp'], ['snmp', 161, 'udp'], ['https', 443, 'tcp'],
  ['syslog', 514, 'udp'], ['submission', 587, 'tcp'], ['imaps', 993, 'tcp'], ['pop3s', 995, 'tcp'],
  ['mysql', 3306, 'tcp'], ['postgresql', 5432, 'tcp'], ['redis', 6379, 'tcp'], ['http-alt', 8080, 'tcp'],
].map(([n, p, pr]) => `${String(n).padEnd(16)}${p}/${pr}${ALIASES[String(n)] ? `\t\t${ALIASES[String(n)]}` : ''}`).join('\n') + '\n';

const BASHRC = `# ~/.bashrc: read by interactive bash shells.
[ -z "$PS1" ] && return
HISTSIZE=1000
alias ll='ls -l'
alias la='ls -A'
`;

const PROFILE = `# /etc/profile: read by login shells.
export PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin
`;

const INDEX_HTML = `<!DOCTYPE html>
<html>
<head><title>Welcome to Terrarium</title></head>
<body>
<h1>It works!</h1>
<p>This page is served by the machine's own web server on port 80.</p>
</body>
</html>
`;

/** Lay out the filesystem of a fresh machine. */
export function populateEtc(m: Machine): void {
  // Debian 12 is "usrmerged": /bin, /sbin and /lib are links into /usr.
  for (const d of ['/usr/bin', '/usr/sbin', '/usr/lib']) m.mkdir(d);
  m.symlink('/bin', 'usr/bin');
  m.symlink('/sbin', 'usr/sbin');
  m.symlink('/lib', 'usr/lib');
  for (const d of ['/usr/local/bin', '/usr/lib/perl5',
    '/usr/share/man', '/etc', '/etc/systemd/system', '/var', '/var/log', '/var/lib', '/var/www/html',
    '/run', '/opt', '/srv', '/mnt']) {
    m.mkdir(d);
  }
  m.mkdir('/var/tmp', { mode: 0o1777 });
  m.mkdir('/root', { mode: 0o700 });
  m.mkdir('/home/user', { uid: 1000, gid: 1000 });
  m.symlink('/var/run', '/run');
  m.writeFile('/etc/passwd', PASSWD);
  m.writeFile('/etc/group', GROUP);
  m.writeFile('/etc/shadow', 'root:*:20000:0:99999:7:::\nuser:*:20000:0:99999:7:::\n', { mode: 0o640 });
  m.writeFile('/etc/hosts', HOSTS);
  m.writeFile('/etc/hostname', 'linux\n');
  m.writeFile('/etc/services', SERVICES);
  m.writeFile('/etc/shells', '/bin/sh\n/bin/bash\n/usr/bin/bash\n');
  m.writeFile('/etc/profile', PROFILE);
  m.writeFile('/etc/os-release', 'PRETTY_NAME="Terrarium Linux"\nNAME="Terrarium"\nID=terrarium\nID_LIKE=debian\n');
  m.writeFile('/etc/sudoers', 'root ALL=(ALL:ALL) ALL\n%sudo ALL=(ALL:ALL) NOPASSWD: ALL\n', { mode: 0o440 });
  m.writeFile('/etc/timezone', 'Etc/UTC\n');
  m.writeFile('/home/user/.bashrc', BASHRC, { uid: 1000 });
  m.writeFile('/root/.bashrc', BASHRC);
  m.writeFile('/var/www/html/index.html', INDEX_HTML);
  m.writeFile('/var/log/syslog', '', { mode: 0o640, uid: 0, gid: 4 });
}
