/** curl's progress meter and its TLS lines in the verbose trace. */
import type { TlsClient } from '../net/hosts/tls-session.ts';
import type { VerifyFailure } from '../net/hosts/tls.ts';
import { CA_BUNDLE } from '../net/hosts/index.ts';

export const PROGRESS_HEAD =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n';

/** curl's size format: bytes up to 99999, then k/M with one decimal below 100. */
function size(n: number): string {
  if (n < 100000) return String(n);
  if (n < 10 * 1024 * 1024) return n / 1024 < 100 ? `${(n / 1024).toFixed(1)}k` : `${Math.floor(n / 1024)}k`;
  return `${Math.floor(n / 1024 / 1024)}M`;
}

/** The meter's last line for a finished download of `bytes` in `ms`. */
export function progressFinal(bytes: number, ms: number): string {
  const speed = ms > 0 ? Math.floor((bytes * 1000) / ms) : bytes;
  const pct = bytes > 0 ? '100' : '  0';
  const t = '--:--:--';
  return `\r${pct} ${size(bytes).padStart(5)}  ${pct} ${size(bytes).padStart(5)}    0     0 ${size(speed).padStart(6)}      0 ${t} ${t} ${t} ${size(speed).padStart(6)}\n`;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** OpenSSL's ASN1_TIME_print form: "Oct  1 00:00:00 2025 GMT". */
function certDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()} GMT`;
}

/** "C = ZZ, O = X, CN = Y" as curl prints names: "C=ZZ; O=X; CN=Y". */
const dn = (s: string): string => s.replace(/ = /g, '=').replace(/, /g, '; ');

/** The handshake as curl -v reports it. */
export function tlsVerbose(t: TlsClient, host: string, failure: VerifyFailure | null, insecure: boolean): string {
  const out = ['* ALPN: offers h2,http/1.1', '* TLSv1.3 (OUT), TLS handshake, Client hello (1):'];
  if (!insecure) out.push(`*  CAfile: ${CA_BUNDLE}`, '*  CApath: /etc/ssl/certs');
  if (t.version) {
    out.push('* TLSv1.3 (IN), TLS handshake, Server hello (2):', '* TLSv1.3 (IN), TLS handshake, Certificate (11):',
      '* TLSv1.3 (IN), TLS handshake, Finished (20):');
  }
  const leaf = t.chain[0];
  if (t.state === 'established' && leaf) {
    out.push('* TLSv1.3 (OUT), TLS handshake, Finished (20):', `* SSL connection using ${t.version} / ${t.cipher}`,
      `* ALPN: server accepted ${t.alpn}`, '* Server certificate:', `*  subject: ${dn(leaf.subject)}`,
      `*  start date: ${certDate(leaf.notBefore)}`, `*  expire date: ${certDate(leaf.notAfter)}`);
    const match = leaf.san.find((p) => p.toLowerCase() === host || (p.startsWith('*.') && host.endsWith(p.slice(1))));
    if (match) out.push(`*  subjectAltName: host "${host}" matched cert's "${match}"`);
    out.push(`*  issuer: ${dn(leaf.issuer)}`);
    out.push(failure ? `*  SSL certificate verify result: ${failure} , continuing anyway.` : '*  SSL certificate verify ok.');
  } else if (t.failure && t.failure !== 'alert' && t.failure !== 'protocol') {
    out.push(`* TLSv1.3 (OUT), TLS alert, unknown CA (560):`);
  }
  return out.join('\n') + '\n';
}
