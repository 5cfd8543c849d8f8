/**
 * A simulated TLS. It keeps what a reader can observe of TLS - a handshake
 * before any data, a certificate chain the client checks against its trust
 * store (validity dates, issuer links, host name), alerts, and data carried
 * in records - and leaves out the cryptography: nothing is encrypted or
 * signed. The record layer has TLS's framing (RFC 8446 5.1: content type,
 * legacy version 0x0303, 16-bit length); handshake messages carry a type byte
 * and a JSON body instead of TLS's binary structures. Certificates are JSON
 * objects; the machine's trust store (/etc/ssl/certs/ca-certificates.crt)
 * holds the simulated root in a PEM-like armour.
 *
 * Flight: client ClientHello -> server ServerHello, Certificate, Finished
 * -> client Finished (or a fatal alert when verification fails) -> data.
 */

export const CT_ALERT = 21, CT_HANDSHAKE = 22, CT_APPDATA = 23;
export const HS_CLIENT_HELLO = 1, HS_SERVER_HELLO = 2, HS_CERTIFICATE = 11, HS_FINISHED = 20;
/** Alert descriptions (RFC 8446 6.2). */
export const ALERT_BAD_CERTIFICATE = 42, ALERT_CERTIFICATE_EXPIRED = 45, ALERT_UNKNOWN_CA = 48,
  ALERT_HANDSHAKE_FAILURE = 40, ALERT_CLOSE_NOTIFY = 0;
const MAX_RECORD = 16384;

export const TLS_VERSION = 'TLSv1.3';
export const TLS_CIPHER = 'TLS_AES_256_GCM_SHA384';

export interface Certificate {
  subject: string;
  issuer: string;
  /** Names it is valid for (subjectAltName dNSName), "*.x" wildcards allowed. */
  san: string[];
  /** Validity, ms since the epoch. */
  notBefore: number;
  notAfter: number;
  serial: string;
}

export interface TlsRecord {
  type: number;
  payload: Uint8Array;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Frame one record (payloads longer than 2^14 are split). */
export function records(type: number, payload: Uint8Array): Uint8Array {
  const n = Math.max(1, Math.ceil(payload.length / MAX_RECORD));
  const out = new Uint8Array(payload.length + 5 * n);
  let o = 0;
  for (let i = 0; i < n; i++) {
    const part = payload.subarray(i * MAX_RECORD, (i + 1) * MAX_RECORD);
    out.set([type, 3, 3, part.length >> 8, part.length & 255], o);
    out.set(part, o + 5);
    o += 5 + part.length;
  }
  return out;
}

export function handshake(msg: number, body: unknown): Uint8Array {
  const json = enc.encode(JSON.stringify(body));
  const p = new Uint8Array(json.length + 1);
  p[0] = msg;
  p.set(json, 1);
  return records(CT_HANDSHAKE, p);
}

export function alert(desc: number): Uint8Array {
  return records(CT_ALERT, Uint8Array.from([desc === ALERT_CLOSE_NOTIFY ? 1 : 2, desc]));
}

/** Decode a handshake payload: [type, body] or null when malformed. */
export function readHandshake(payload: Uint8Array): [number, Record<string, unknown>] | null {
  try {
    const body = JSON.parse(dec.decode(payload.subarray(1))) as unknown;
    if (typeof body !== 'object' || body === null) return null;
    return [payload[0]!, body as Record<string, unknown>];
  } catch {
    return null;
  }
}

/** Reassembles records from a byte stream. */
export class RecordReader {
  private buf: Uint8Array = new Uint8Array(0);
  /** Set when the stream is not TLS at all. */
  bad = false;

  push(bytes: Uint8Array): void {
    const b = new Uint8Array(this.buf.length + bytes.length);
    b.set(this.buf);
    b.set(bytes, this.buf.length);
    this.buf = b;
  }

  next(): TlsRecord | null {
    if (this.bad || this.buf.length < 5) return null;
    const type = this.buf[0]!;
    if (type < 20 || type > 23 || this.buf[1] !== 3) {
      this.bad = true;
      return null;
    }
    const len = (this.buf[3]! << 8) | this.buf[4]!;
    if (this.buf.length < 5 + len) return null;
    const payload = this.buf.slice(5, 5 + len);
    this.buf = this.buf.slice(5 + len);
    return { type, payload };
  }
}

// ---- certificates and trust

const DAY = 86_400_000;
export const ROOT_CA: Certificate = {
  subject: 'C = ZZ, O = Terrarium, CN = Terrarium Root CA',
  issuer: 'C = ZZ, O = Terrarium, CN = Terrarium Root CA',
  san: [],
  notBefore: Date.UTC(2020, 0, 1),
  notAfter: Date.UTC(2045, 0, 1),
  serial: '01',
};
export const INTERMEDIATE_CA: Certificate = {
  subject: 'C = ZZ, O = Terrarium, CN = Terrarium Simulated CA R1',
  issuer: ROOT_CA.subject,
  san: [],
  notBefore: Date.UTC(2024, 0, 1),
  notAfter: Date.UTC(2030, 0, 1),
  serial: '1001',
};

/** A leaf certificate for `names`, issued by the simulated CA, valid around 2026. */
export function leafFor(names: string[], opts: Partial<Certificate> = {}): Certificate {
  return {
    subject: `CN = ${names[0]}`,
    issuer: INTERMEDIATE_CA.subject,
    san: names,
    notBefore: Date.UTC(2025, 9, 1),
    notAfter: Date.UTC(2025, 9, 1) + 455 * DAY,
    serial: (names[0] ?? '').split('').reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16),
    ...opts,
  };
}

const BEGIN = '-----BEGIN CERTIFICATE-----', END = '-----END CERTIFICATE-----';

/** The trust store file's text: each certificate as base64 JSON in PEM armour. */
export function trustStoreText(certs: Certificate[] = [ROOT_CA]): string {
  return certs.map((c) => {
    const b64 = btoa(JSON.stringify(c)).replace(/.{64}/g, '$&\n').replace(/\n$/, '');
    return `# ${c.subject}\n${BEGIN}\n${b64}\n${END}\n`;
  }).join('');
}

/** Certificates in a trust store file (malformed blocks are skipped). */
export function parseTrustStore(text: string): Certificate[] {
  const out: Certificate[] = [];
  const re = /-----BEGIN CERTIFICATE-----\n([\s\S]*?)\n-----END CERTIFICATE-----/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    try {
      const c = JSON.parse(atob(m[1]!.replace(/\s+/g, ''))) as Certificate;
      if (typeof c.subject === 'string' && typeof c.issuer === 'string') out.push(c);
    } catch {
      // not one of ours
    }
  }
  return out;
}

export type VerifyFailure = 'expired' | 'not-yet-valid' | 'self-signed' | 'self-signed-in-chain' | 'unknown-issuer' | 'hostname';

/** The OpenSSL text for a failure (X509_verify_cert_error_string) or the host-name mismatch. */
export function verifyMessage(f: VerifyFailure): string {
  switch (f) {
    case 'expired': return 'certificate has expired';
    case 'not-yet-valid': return 'certificate is not yet valid';
    case 'self-signed': return 'self-signed certificate';
    case 'self-signed-in-chain': return 'self-signed certificate in certificate chain';
    case 'unknown-issuer': return 'unable to get local issuer certificate';
    case 'hostname': return 'hostname mismatch';
  }
}

/** True when `name` matches a SAN entry (a wildcard covers exactly one label). */
export function nameMatches(pattern: string, name: string): boolean {
  const p = pattern.toLowerCase(), n = name.toLowerCase();
  if (!p.startsWith('*.')) return p === n;
  const dot = n.indexOf('.');
  return dot > 0 && n.slice(dot + 1) === p.slice(2);
}

/** Check a chain (leaf first) for `host` at `nowMs` against trusted roots; null when good. */
export function verifyChain(chain: Certificate[], host: string, nowMs: number, roots: Certificate[]): VerifyFailure | null {
  if (chain.length === 0) return 'unknown-issuer';
  for (const c of chain) {
    if (nowMs > c.notAfter) return 'expired';
    if (nowMs < c.notBefore) return 'not-yet-valid';
  }
  const trusted = (c: Certificate): boolean => roots.some((r) => r.subject === c.issuer && (r.subject !== c.subject || r.serial === c.serial));
  let ok = false;
  for (let i = 0; i < chain.length; i++) {
    const c = chain[i]!;
    if (trusted(c)) {
      ok = true;
      break;
    }
    if (c.issuer === c.subject) return i === 0 ? 'self-signed' : 'self-signed-in-chain';
    const next = chain[i + 1];
    if (!next || next.subject !== c.issuer) return 'unknown-issuer';
  }
  if (!ok) return 'unknown-issuer';
  if (!chain[0]!.san.some((p) => nameMatches(p, host))) return 'hostname';
  return null;
}
