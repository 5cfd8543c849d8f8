/**
 * A client byte stream over a connected TCP socket, plain or wrapped in the
 * simulated TLS (src/net/hosts/tls-session.ts), with a read deadline. curl
 * speaks HTTP through it.
 */
import { EINTR, ETIMEDOUT } from '../abi/errno.ts';
import { POLLIN } from '../abi/poll.ts';
import type { Ctx, Gen } from '../programs/runtime.ts';
import { TlsClient } from '../net/hosts/tls-session.ts';
import type { Certificate, VerifyFailure } from '../net/hosts/tls.ts';
import { concat, nowMs } from './lib.ts';

export class ClientStream {
  private pending: Uint8Array[] = [];
  tls: TlsClient | null = null;
  eof = false;
  /** Absolute monotonic ms after which reads fail with ETIMEDOUT (Infinity: none). */
  deadline = Infinity;
  received = 0;

  constructor(private readonly ctx: Ctx, readonly fd: number) {}

  /** Raw read with the deadline: bytes, empty at EOF, or -errno. */
  private *rawRead(): Gen<Uint8Array | number> {
    const ctx = this.ctx;
    for (;;) {
      if (this.deadline !== Infinity) {
        const left = Math.ceil(this.deadline - nowMs(ctx));
        if (left <= 0) return -ETIMEDOUT;
        const n = yield* ctx.poll([{ fd: this.fd, events: POLLIN, revents: 0 }], left);
        if (n === -EINTR) continue;
        if (n === 0) return -ETIMEDOUT;
      }
      return yield* ctx.read(this.fd, 65536);
    }
  }

  *writeRaw(data: Uint8Array): Gen<number> {
    return yield* this.ctx.write(this.fd, data);
  }

  /** Run the TLS handshake; returns null when established, else why not. */
  *handshake(sni: string, verify: (chain: Certificate[]) => VerifyFailure | null): Gen<TlsClient> {
    const t = new TlsClient(sni, verify);
    this.tls = t;
    yield* this.writeRaw(t.start());
    while (t.state === 'hello-sent') {
      const r = yield* this.rawRead();
      if (typeof r === 'number' || r.length === 0) {
        t.state = 'failed';
        t.failure = t.failure ?? 'protocol';
        if (r === -ETIMEDOUT) t.failure = 'protocol';
        break;
      }
      const step = t.receive(r);
      if (step.send.length) yield* this.writeRaw(step.send);
      if (step.data.length) this.pending.push(step.data);
    }
    return t;
  }

  *write(data: Uint8Array): Gen<number> {
    return yield* this.writeRaw(this.tls ? this.tls.seal(data) : data);
  }

  /** Next bytes of the (decrypted) stream; empty at EOF; -errno on failure. */
  *read(): Gen<Uint8Array | number> {
    for (;;) {
      if (this.pending.length) {
        const out = concat(this.pending);
        this.pending = [];
        this.received += out.length;
        return out;
      }
      if (this.eof) return new Uint8Array(0);
      const r = yield* this.rawRead();
      if (typeof r === 'number') return r;
      if (r.length === 0) {
        this.eof = true;
        continue;
      }
      if (!this.tls) {
        this.received += r.length;
        return r;
      }
      const step = this.tls.receive(r);
      if (step.send.length) yield* this.writeRaw(step.send);
      if (step.data.length) this.pending.push(step.data);
      if (this.tls.peerClosed || this.tls.state === 'failed') this.eof = true;
    }
  }

  /** Put bytes back in front of the stream. */
  unread(b: Uint8Array): void {
    if (b.length) {
      this.pending.unshift(b);
      this.received -= b.length;
    }
  }
}
