/** Prompt strings: bash(1) PROMPTING escapes. */
import type { Shell } from './shell.ts';
import { getScalar } from './vars.ts';

/** Expand prompt escapes (bash(1) PROMPTING). */
export function expandPrompt(sh: Shell, ps: string, markers = false): string {
  const home = getScalar(sh.st, 'HOME') ?? '';
  const pwd = getScalar(sh.st, 'PWD') ?? sh.sys.getcwd();
  const uid = sh.sys.geteuid();
  const user = getScalar(sh.st, 'USER') ?? (uid === 0 ? 'root' : 'user');
  const host = sh.sys.gethostname();
  const tilde = home && (pwd === home || pwd.startsWith(home + '/')) ? '~' + pwd.slice(home.length) : pwd;
  const [secs] = sh.sys.clockGettime('realtime');
  const d = new Date(secs * 1000);
  const two = (n: number): string => String(n).padStart(2, '0');
  let out = '';
  for (let i = 0; i < ps.length; i++) {
    const c = ps[i]!;
    if (c !== '\\' || i + 1 >= ps.length) {
      out += c;
      continue;
    }
    const n = ps[++i]!;
    switch (n) {
      case 'u': out += user; break;
      case 'h': out += host.split('.')[0]; break;
      case 'H': out += host; break;
      case 'w': out += tilde; break;
      case 'W': out += pwd === home ? '~' : pwd === '/' ? '/' : pwd.slice(pwd.lastIndexOf('/') + 1); break;
      case '$': out += uid === 0 ? '#' : '$'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 's': out += sh.st.opts.posix ? 'sh' : 'bash'; break;
      case 'v': out += '5.2'; break;
      case 'V': out += '5.2.15'; break;
      case 't': out += `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`; break;
      case 'j': out += String(sh.st.jobs.length); break;
      case '!': out += String(sh.st.histBase + sh.st.history.length + 1); break;
      case '#': out += String(sh.st.history.length + 1); break;
      case 'e': out += '\x1b'; break;
      case 'a': out += '\x07'; break;
      case '[': out += markers ? '\x01' : ''; break;
      case ']': out += markers ? '\x02' : ''; break;
      case '\\': out += '\\'; break;
      default:
        if (/[0-7]/.test(n)) {
          const m = /^[0-7]{1,3}/.exec(ps.slice(i))![0];
          out += String.fromCharCode(parseInt(m, 8));
          i += m.length - 1;
        } else out += '\\' + n;
    }
  }
  return out;
}
