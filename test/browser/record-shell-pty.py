#!/usr/bin/env python3
"""Record what real bash prints in a pty for the keys test/browser/shell.tests.mjs sends.

Writes test/browser/recorded/shell-pty.json: { name: { keys, rows, cols, output } }.
The pty has the page's terminal size; PATH holds empty programs named like the
machine's /bin, and ~/.bashrc is the machine's, so completion listings match.
Run: python3 test/browser/record-shell-pty.py   (bash 5.2, as on Debian 12)
"""
import fcntl, json, os, pty, select, shutil, struct, tempfile, termios, time

ROWS, COLS = 37, 117  # window.__terrarium.size() at the tests' 1000x640 viewport
PS1 = 'user@linux:~$ '
MACHINE_BIN = ('[ awk base64 basename bash cat chgrp chmod chown cksum clear column comm cp curl cut '
               'date dd df diff dir dirname du echo egrep env expand expr factor false fgrep file '
               'find flock fmt fold free getent grep groups gunzip gzip head host hostname id ip '
               'join journalctl kill killall less link ln logger logname ls lsof man mawk md5sum '
               'mkdir mkfifo mktemp more mv nano nc nc.openbsd nl nohup nproc od pager passwd paste '
               'perl perldoc pgrep pidof ping pkill pod2text printenv printf prove ps pwd readlink '
               'realpath rev rm rmdir sed seq sh sha1sum sha224sum sha256sum sha384sum sha512sum '
               'shuf sleep sort split ss stat stty su sudo sum sync systemctl tac tail tar tcpdump '
               'tee test timeout top touch tput tr true truncate tty uname uniq unlink uptime vi vim '
               'w watch wc wget which who whoami xargs xxd yes zcat').split()
BASHRC = """# ~/.bashrc: read by interactive bash shells.
[ -z "$PS1" ] && return
HISTSIZE=1000
alias ll='ls -l'
alias la='ls -A'
"""
PASTE = '\x1b[200~cat <<EOF\rfirst pasted line\rsecond pasted line\rEOF\r\x1b[201~'

# name -> keystrokes, sent 0.7 s apart (long enough for each to take effect)
CASES = {
    'tab-command': ['ech', '\t', 'ok\r'],
    'tab-path': ['ls /et', '\t'],
    'tab-double': ['l', '\t', '\t'],
    'history-up': ['echo one\r', '\x1b[A', '\r'],
    'history-search': ['echo one\r', 'echo two\r', '\x12', 'on', '\r'],
    'ctrl-z-fg': ['sleep 30\r', '\x1a', 'jobs\r', 'fg\r', '\x03'],
    'paste-heredoc': [PASTE, '\r'],
}


def machine_dirs():
    root = tempfile.mkdtemp()
    bindir, home = os.path.join(root, 'bin'), os.path.join(root, 'home')
    os.mkdir(bindir)
    os.mkdir(home)
    for name in MACHINE_BIN:
        real = shutil.which(name, path='/usr/bin:/bin')
        dest = os.path.join(bindir, name)
        if name in ('sleep', 'cat') and real:
            os.symlink(real, dest)
        else:
            with open(dest, 'w') as f:
                f.write('#!/bin/sh\n')
            os.chmod(dest, 0o755)
    with open(os.path.join(home, '.bashrc'), 'w') as f:
        f.write(BASHRC)
    return root, bindir, home


def record(keys, bindir, home):
    # SUDO_* keep Debian's /etc/bash.bashrc (read even with --rcfile) from replacing PS1.
    env = {'PS1': PS1, 'TERM': 'xterm-256color', 'HOME': home, 'PATH': bindir,
           'SUDO_USER': 'user', 'SUDO_PS1': PS1}
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(home)
        os.execve('/bin/bash', ['bash', '--noprofile', '--rcfile', os.path.join(home, '.bashrc'), '-i'], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', ROWS, COLS, 0, 0))
    out = b''

    def drain(seconds):
        nonlocal out
        end = time.time() + seconds
        while time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                try:
                    out += os.read(fd, 4096)
                except OSError:
                    return

    drain(0.5)
    for k in keys:
        os.write(fd, k.encode())
        drain(0.7)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root, bindir, home = machine_dirs()
    result = {}
    try:
        for name, keys in CASES.items():
            a, b = record(keys, bindir, home), record(keys, bindir, home)
            if a != b:
                raise SystemExit(f'{name}: two recordings differ:\n{a!r}\n{b!r}')
            result[name] = {'keys': keys, 'rows': ROWS, 'cols': COLS, 'output': a.decode('latin-1')}
    finally:
        shutil.rmtree(root)
    path = os.path.join(here, 'recorded', 'shell-pty.json')
    with open(path, 'w') as f:
        json.dump(result, f, indent=2)
        f.write('\n')
    print(f'wrote {path}')


main()
