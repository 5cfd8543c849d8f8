#!/usr/bin/env python3
"""Record interactive bash sessions for the line-editor conformance cases.

Each case (cases/NAME.json) gives the terminal size, files to create in a fresh
home directory, extra environment and the keystroke chunks to type. The case
runs `bash --norc --noprofile -i` in a pseudo-terminal with a fixed
environment (PS1='$ '), one chunk at a time with a pause after each, and the
bytes bash wrote go to cases/NAME.expected (JSON string; with the history file
unless the case says "history": false), with the pid in
each "[N] PID" job notice replaced by the word PID. Each case runs twice;
a case whose two runs differ is reported and left unrecorded.

Usage: record.py [case-name ...]
"""
import fcntl, json, os, pty, re, select, shutil, struct, sys, tempfile, termios, time

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')


def drain(fd, quiet):
    out = b''
    end = time.time() + quiet
    while True:
        left = end - time.time()
        if left <= 0:
            return out
        r, _, _ = select.select([fd], [], [], left)
        if not r:
            return out
        try:
            d = os.read(fd, 65536)
        except OSError:
            return out
        if not d:
            return out
        out += d
        end = time.time() + quiet


def run(case):
    home = tempfile.mkdtemp(prefix='trm-')
    for name, data in case.get('files', {}).items():
        path = os.path.join(home, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if name.endswith('/'):
            continue
        with open(path, 'w') as f:
            f.write(data)
        if data.startswith('#!'):
            os.chmod(path, 0o755)
    env = {'HOME': home, 'PATH': '/usr/bin:/bin', 'TERM': 'xterm-256color', 'LANG': 'C.UTF-8',
           'TZ': 'UTC', 'PS1': '$ ', 'USER': 'user', 'LOGNAME': 'user', 'SHELL': '/bin/bash'}
    for k, v in case.get('env', {}).items():
        env[k] = v.replace('~', home)
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(home)
        os.execve('/bin/bash', ['bash', '--norc', '--noprofile', '-i'], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', case.get('rows', 24), case.get('cols', 80), 0, 0))
    out = drain(fd, 0.5)
    for chunk in case['keys']:
        if isinstance(chunk, dict) and 'resize' in chunk:
            rows, cols = chunk['resize']
            fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
            os.kill(pid, 28)
            out += drain(fd, 0.3)
            continue
        os.write(fd, chunk.encode())
        out += drain(fd, case.get('pause', 0.4))
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(fd)
    hist = None
    hp = os.path.join(home, '.bash_history')
    # "history": false leaves out a history file that bash may or may not have written when killed.
    if case.get('history', True) and os.path.exists(hp):
        hist = open(hp).read()
    shutil.rmtree(home)
    text = out.decode('utf-8', 'replace').replace(home, '/home/user')
    # Process ids vary from run to run: a job's "[1] 4242" notice keeps its number as PID.
    return re.sub(r'(\[[0-9]+\]) [0-9]+\r\n', r'\1 PID\r\n', text), hist


def main(names):
    if not names:
        names = sorted(f[:-5] for f in os.listdir(CASES) if f.endswith('.json'))
    bad = 0
    for n in names:
        case = json.load(open(os.path.join(CASES, n + '.json')))
        a, ha = run(case)
        b, hb = run(case)
        exp = os.path.join(CASES, n + '.expected')
        if a != b or ha != hb:
            print('unstable:', n, file=sys.stderr)
            print(repr(a), file=sys.stderr)
            print(repr(b), file=sys.stderr)
            bad += 1
            if os.path.exists(exp):
                os.remove(exp)
            continue
        with open(exp, 'w') as f:
            json.dump({'screen': a, 'history': ha}, f, indent=0)
            f.write('\n')
    print(f'recorded {len(names)} cases, {bad} unstable', file=sys.stderr)


main(sys.argv[1:])
