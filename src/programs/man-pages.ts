/** The manual: short pages for the programs the machine has, rendered as man(1) shows them. */

/** [name, one-line summary, synopsis, description paragraphs (options as "-x, --long\tmeaning")]. */
const PAGES: Array<[string, string, string, string[]]> = [
  ['cat', 'concatenate files and print on the standard output', 'cat [OPTION]... [FILE]...', ['Concatenate FILE(s) to standard output. With no FILE, or when FILE is -, read standard input.', '-n, --number\tnumber all output lines', '-b, --number-nonblank\tnumber nonempty output lines', '-s, --squeeze-blank\tsuppress repeated empty output lines', '-A, --show-all\tshow tabs as ^I and line ends as $']],
  ['ls', 'list directory contents', 'ls [OPTION]... [FILE]...', ['List information about the FILEs (the current directory by default). Entries are sorted alphabetically.', '-a, --all\tdo not ignore entries starting with .', '-l\tuse a long listing format', '-h, --human-readable\twith -l, print sizes like 1K 234M 2G', '-R, --recursive\tlist subdirectories recursively', '-d, --directory\tlist directories themselves, not their contents', '-F, --classify\tappend indicator (one of */=@|) to entries', '-t\tsort by time, newest first', '-S\tsort by file size, largest first', '-r, --reverse\treverse order while sorting', '-1\tlist one file per line']],
  ['grep', 'print lines that match patterns', 'grep [OPTION...] PATTERNS [FILE...]', ['grep searches for PATTERNS in each FILE and prints each line that matches.', '-E\tPATTERNS are extended regular expressions', '-F\tPATTERNS are fixed strings', '-i\tignore case distinctions', '-v\tselect non-matching lines', '-c\tprint only a count of matching lines', '-n\tprefix each line with its line number', '-o\tprint only the matched parts', '-r\tread all files under each directory, recursively', '-l\tprint only names of files with matches', '-q\tquiet; exit immediately with zero status if any match is found', '-w\tmatch only whole words']],
  ['ps', 'report a snapshot of the current processes', 'ps [options]', ['ps displays information about a selection of the active processes, read from /proc.', '-e\tselect all processes', '-f\tfull-format listing', '-j\tjobs format (PGID and SID)', 'aux\tBSD style: all processes with user, CPU and memory', '-o format\tuser-defined format, e.g. -o pid,ppid,pgid,sid,stat,tty,cmd']],
  ['kill', 'send a signal to a process', 'kill [-s signal|-signal] pid...', ['The default signal for kill is TERM. Use -l to list the available signals.', '-s, --signal signal\tthe signal to send (name or number)', '-l, --list [signal]\tlist signal names, or convert a number to a name', '-L, --table\tlist signal names and numbers in a table']],
  ['sleep', 'delay for a specified amount of time', 'sleep NUMBER[SUFFIX]...', ['Pause for NUMBER seconds. SUFFIX may be s (seconds), m (minutes), h (hours) or d (days). NUMBER may be a fraction.']],
  ['sort', 'sort lines of text files', 'sort [OPTION]... [FILE]...', ['Write sorted concatenation of all FILE(s) to standard output.', '-n\tcompare according to string numerical value', '-r\treverse the result of comparisons', '-k KEYDEF\tsort via a key, e.g. -k2,2n', '-t SEP\tuse SEP instead of blank-to-non-blank transition', '-u\toutput only the first of an equal run', '-s\tstabilize sort']],
  ['sed', 'stream editor for filtering and transforming text', 'sed [OPTION]... {script} [input-file]...', ['sed reads input line by line, applies the script, and prints the result.', '-n\tsuppress automatic printing of pattern space', '-e script\tadd the script to the commands to be executed', '-i[SUFFIX]\tedit files in place', '-E, -r\tuse extended regular expressions', 's/regexp/replacement/flags\tsubstitute; flags g, p, N, I']],
  ['awk', 'pattern scanning and text processing language', "awk [-F value] [-v var=value] [--] 'program text' [file ...]", ['awk scans each input file for lines that match any of a set of patterns and runs the associated actions.', '-F value\tset the field separator FS', '-v var=value\tassign before the program starts', 'BEGIN { } / END { }\tactions before the first and after the last record', 'Built-ins: length substr index split sub gsub match sprintf tolower toupper int system close']],
  ['find', 'search for files in a directory hierarchy', 'find [starting-point...] [expression]', ['find walks the directory trees and evaluates the expression for each file.', '-name pattern\tbase name matches the shell pattern', '-type c\tfile is of type c (f, d, l, p, s)', '-maxdepth n\tdescend at most n levels', '-exec command {} ;\trun command for each file', '-print\tprint the full file name', '-delete\tdelete files']],
  ['sudo', 'execute a command as another user', 'sudo [-u user] [-i | -s] [command [arg ...]]', ['sudo runs a command as the superuser or another user. On this machine the user may run any command without a password (NOPASSWD).', '-u user\trun the command as user', '-i\trun the target user\'s login shell', '-s\trun a shell', '-l\tlist the allowed commands']],
  ['nano', 'small and friendly text editor', 'nano [FILE]', ['nano is a small editor for the terminal. The bottom lines list the shortcuts: ^ means Ctrl.', '^O\twrite the buffer to a file', '^X\texit (asks whether to save a modified buffer)', '^K\tcut the current line', '^U\tpaste the cut lines', '^W\tsearch']],
  ['vi', 'a small vi-like editor', 'vi [FILE]', ['A modal editor: normal mode moves and edits; i, a, o enter insert mode; Esc returns.', 'h j k l, arrows\tmove', 'w b 0 $ gg G\tword, line and file motions', 'x dd yy p\tdelete, yank, put', ':w :q :q! :wq :x\twrite and quit', '/text n\tsearch', 'u\tundo']],
  ['man', 'an interface to the system reference manuals', 'man [section] page', ['man shows the manual page of a program, through the pager when the output is a terminal.']],
  ['chmod', 'change file mode bits', 'chmod [OPTION]... MODE[,MODE]... FILE...', ['MODE is octal (755) or symbolic ([ugoa]*[-+=][rwxXst]*, e.g. u+x,go-w).', '-R\tchange files and directories recursively']],
  ['tail', 'output the last part of files', 'tail [OPTION]... [FILE]...', ['Print the last 10 lines of each FILE to standard output.', '-n NUM\toutput the last NUM lines; +NUM starts at line NUM', '-f\toutput appended data as the file grows']],
  ['head', 'output the first part of files', 'head [OPTION]... [FILE]...', ['Print the first 10 lines of each FILE to standard output.', '-n NUM\tprint the first NUM lines; -NUM prints all but the last NUM', '-c NUM\tprint the first NUM bytes']],
  ['nohup', 'run a command immune to hangups', 'nohup COMMAND [ARG]...', ['Run COMMAND ignoring hangup signals. Output to a terminal goes to nohup.out.']],
  ['flock', 'manage locks from shell scripts', 'flock [options] file command [arguments]', ['Hold a flock(2) lock on file while running command.', '-n\tfail rather than wait', '-s\tshared lock', '-x\texclusive lock (default)', '-w secs\twait at most secs']],
];

/** Render one page as man prints it at 80 columns. */
export function renderPage(name: string): string | null {
  const p = PAGES.find((x) => x[0] === name);
  if (!p) return null;
  const [n, summary, synopsis, desc] = p;
  const title = `${n.toUpperCase()}(1)`;
  const mid = 'User Commands';
  const gap = 80 - title.length * 2 - mid.length;
  const head = title + ' '.repeat(Math.floor(gap / 2)) + mid + ' '.repeat(Math.ceil(gap / 2)) + title;
  const wrap = (text: string, indent: number): string => {
    const words = text.split(' ');
    const lines: string[] = [];
    let cur = '';
    for (const w of words) {
      if (cur !== '' && indent + cur.length + 1 + w.length > 78) { lines.push(cur); cur = w; } else cur = cur === '' ? w : `${cur} ${w}`;
    }
    if (cur !== '') lines.push(cur);
    return lines.map((l) => ' '.repeat(indent) + l).join('\n') + '\n';
  };
  let out = `${head}\n\nNAME\n       ${n} - ${summary}\n\nSYNOPSIS\n${wrap(synopsis, 7)}\nDESCRIPTION\n`;
  for (const d of desc) {
    const tab = d.indexOf('\t');
    if (tab < 0) out += wrap(d, 7) + '\n';
    else out += `       ${d.slice(0, tab)}\n${wrap(d.slice(tab + 1), 14)}\n`;
  }
  const foot = 'Terrarium';
  const date = 'November 2026';
  const fgap = 80 - foot.length - date.length - title.length;
  out += foot + ' '.repeat(Math.floor(fgap / 2)) + date + ' '.repeat(Math.ceil(fgap / 2)) + title + '\n';
  return out;
}

/** Files for /usr/share/man/man1 (plain text pages). */
export function manFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [n] of PAGES) out[`/usr/share/man/man1/${n}.1`] = renderPage(n)!;
  return out;
}
