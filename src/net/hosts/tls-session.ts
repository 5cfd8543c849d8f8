/**
 * Both ends of the simulated TLS (see tls.ts): a client state machine that
 * programs drive over their own socket (curl; Perl's IO::Socket::SSL can use
 * the same), and the server side simulated hosts put in front of HTTP.
 */
import type { StreamHandler } from './runtime.ts';
import {
  ALERT_CLOSE_NOTIFY, ALERT_HANDSHAKE_FAILURE, CT_ALERT, CT_APPDATA, CT_HANDSHAKE, HS_CERTIFICATE, HS_CLIENT_HELLO,
  HS_FINISHED, HS_SERVER_HELLO, RecordReader, TLS_CIPHER, TLS_VERSION, alert, handshake, readHandshake, records,
  ALERT_BAD_CERTIFICATE, ALERT_CERTIFICATE_EXPIRED, ALERT_UNKNOWN_CA,
} from './tls.ts';
import type { Certificate, VerifyFailure } from './tls.ts';

export type TlsClientState = 'start' | 'hello-sent' | 'established' | 'failed' | 'closed';

export interface TlsStep {
  /** Bytes to send to the server now. */
  send: Uint8Array;
  /** Application data that arrived. */
  data: Uint8Array;
}

function join(parts: Uint8Array[]): Uint8Array {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function alertFor(f: VerifyFailure): number {
  if (f === 'expired' || f === 'not-yet-valid') return ALERT_CERTIFICATE_EXPIRED;
  if (f === 'unknown-issuer' || f === 'self-signed' || f === 'self-signed-in-chain') return ALERT_UNKNOWN_CA;
  return ALERT_BAD_CERTIFICATE;
}

/** The client end. `verify` judges the server's chain (null accepts it). */
export class TlsClient {
  state: TlsClientState = 'start';
  chain: Certificate[] = [];
  version = '';
  cipher = '';
  alpn = '';
  /** Why the handshake failed: our verification, or an alert the server sent, or garbage. */
  failure: VerifyFailure | 'alert' | 'protocol' | null = null;
  peerAlert = -1;
  /** The server sent close_notify or closed. */
  peerClosed = false;
  private readonly reader = new RecordReader();

  constructor(readonly sni: string, private readonly verify: (chain: Certificate[]) => VerifyFailure | null) {}

  /** The ClientHello flight. */
  start(): Uint8Array {
    this.state = 'hello-sent';
    return handshake(HS_CLIENT_HELLO, { version: TLS_VERSION, sni: this.sni, alpn: ['http/1.1'] });
  }

  /** Feed bytes from the server. */
  receive(bytes: Uint8Array): TlsStep {
    this.reader.push(bytes);
    const send: Uint8Array[] = [], data: Uint8Array[] = [];
    for (let r = this.reader.next(); r && this.state !== 'failed'; r = this.reader.next()) {
      if (r.type === CT_ALERT) {
        if (r.payload[1] === ALERT_CLOSE_NOTIFY) this.peerClosed = true;
        else this.fail('alert', r.payload[1] ?? -1);
      } else if (r.type === CT_APPDATA && this.state === 'established') {
        data.push(r.payload);
      } else if (r.type === CT_HANDSHAKE) {
        this.handshakeMsg(r.payload, send);
      } else {
        this.fail('protocol', -1);
      }
    }
    if (this.reader.bad) this.fail('protocol', -1);
    return { send: join(send), data: join(data) };
  }

  private handshakeMsg(payload: Uint8Array, send: Uint8Array[]): void {
    const hs = readHandshake(payload);
    if (!hs) return this.fail('protocol', -1);
    const [type, body] = hs;
    if (type === HS_SERVER_HELLO) {
      this.version = String(body.version ?? '');
      this.cipher = String(body.cipher ?? '');
      this.alpn = String(body.alpn ?? '');
    } else if (type === HS_CERTIFICATE) {
      this.chain = Array.isArray(body.chain) ? (body.chain as Certificate[]) : [];
    } else if (type === HS_FINISHED) {
      const f = this.verify(this.chain);
      if (f) {
        send.push(alert(alertFor(f)));
        return this.fail(f, -1);
      }
      send.push(handshake(HS_FINISHED, {}));
      this.state = 'established';
    }
  }

  private fail(why: VerifyFailure | 'alert' | 'protocol', peerAlert: number): void {
    this.state = 'failed';
    this.failure = why;
    this.peerAlert = peerAlert;
  }

  /** Application data to send, framed. */
  seal(data: Uint8Array): Uint8Array {
    return records(CT_APPDATA, data);
  }

  closeNotify(): Uint8Array {
    this.state = 'closed';
    return alert(ALERT_CLOSE_NOTIFY);
  }
}

export interface TlsServerOptions {
  chain: Certificate[];
  write: (b: Uint8Array) => void;
  close: () => void;
  /** The protocol inside (HTTP): it writes plaintext through `write`. */
  inner: (write: (b: Uint8Array) => void, close: () => void) => StreamHandler;
}

/** The server end in front of a simulated host's service. */
export function tlsServer(o: TlsServerOptions): StreamHandler {
  const reader = new RecordReader();
  let established = false, dead = false;
  const inner = o.inner((b) => o.write(records(CT_APPDATA, b)), () => {
    if (!dead) o.write(alert(ALERT_CLOSE_NOTIFY));
    dead = true;
    o.close();
  });
  const abort = (desc: number): void => {
    if (dead) return;
    dead = true;
    if (desc >= 0) o.write(alert(desc));
    o.close();
  };
  return {
    data(bytes) {
      if (dead) return;
      reader.push(bytes);
      for (let r = reader.next(); r && !dead; r = reader.next()) {
        if (r.type === CT_ALERT) return abort(-1);
        if (r.type === CT_APPDATA && established) inner.data(r.payload);
        else if (r.type === CT_HANDSHAKE) {
          const hs = readHandshake(r.payload);
          if (!hs) return abort(ALERT_HANDSHAKE_FAILURE);
          if (hs[0] === HS_CLIENT_HELLO) {
            o.write(handshake(HS_SERVER_HELLO, { version: TLS_VERSION, cipher: TLS_CIPHER, alpn: 'http/1.1' }));
            o.write(handshake(HS_CERTIFICATE, { chain: o.chain }));
            o.write(handshake(HS_FINISHED, {}));
          } else if (hs[0] === HS_FINISHED) {
            established = true;
          }
        } else return abort(ALERT_HANDSHAKE_FAILURE);
      }
      if (reader.bad) abort(ALERT_HANDSHAKE_FAILURE);
    },
    end() {
      if (established && !dead) inner.end();
      else abort(-1);
    },
  };
}
