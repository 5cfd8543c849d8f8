#!/usr/bin/env python3
"""Record what real bash prints in a pty for the key sequences the browser tests send.

Writes test/browser/recorded/bash-pty.json: { name: { keys: [...], output: latin-1 text } }.
Run: python3 test/browser/record-pty.py   (bash 5.2, as on Debian 12)
"""
import json, os, pty, select, time

ENV = {'PS1': 'user@linux:~$ ', 'TERM': 'xterm-256color', 'HOME': '/tmp', 'PATH': '/usr/bin:/bin'}

# name -> keystrokes, sent 0.7 s apart (long enough for each to take effect)
CASES = {
    'ctrl-c-sleep': ['sleep 100\r', '\x03'],
    'ctrl-c-loop': ['while :; do :; done\r', '\x03'],
    'ctrl-z-sleep': ['sleep 100\r', '\x1a'],
    'ctrl-d-exit': ['\x04'],
}


def record(keys):
    pid, fd = pty.fork()
    if pid == 0:
        os.execve('/bin/bash', ['bash', '--norc', '--noprofile', '-i'], ENV)
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
    result = {}
    for name, keys in CASES.items():
        a, b = record(keys), record(keys)
        if a != b:
            raise SystemExit(f'{name}: two recordings differ:\n{a!r}\n{b!r}')
        result[name] = {'keys': keys, 'output': a.decode('latin-1')}
    path = os.path.join(here, 'recorded', 'bash-pty.json')
    with open(path, 'w') as f:
        json.dump(result, f, indent=2)
        f.write('\n')
    print(f'wrote {path}')


main()
