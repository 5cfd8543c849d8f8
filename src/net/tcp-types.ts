/**
 * The vocabulary of the TCP state machine: its states (RFC 9293 3.3.2), its
 * tunables, and what a control block needs from the stack and from the
 * listening socket that spawned it.
 */
import type { Segment } from './segment.ts';
import type { Tcb } from './tcp.ts';

/** RFC 9293 section 3.3.2. */
export type TcpState =
  | 'CLOSED'
  | 'LISTEN'
  | 'SYN-SENT'
  | 'SYN-RECEIVED'
  | 'ESTABLISHED'
  | 'FIN-WAIT-1'
  | 'FIN-WAIT-2'
  | 'CLOSE-WAIT'
  | 'CLOSING'
  | 'LAST-ACK'
  | 'TIME-WAIT';

/** Tunables. Defaults are Linux's; tests and scenarios may shorten timeouts. */
export interface TcpConfig {
  /** Receive buffer (net.ipv4.tcp_rmem default): the advertised window is what is free of it. */
  rmem: number;
  /** Send buffer (net.ipv4.tcp_wmem default): a writer blocks when this much is unacknowledged. */
  wmem: number;
  /** Largest send buffer autotuning may grow to (net.ipv4.tcp_wmem max). */
  wmemMax: number;
  /** Initial retransmission timeout (RFC 6298: 1 s) and its cap (Linux TCP_RTO_MAX). */
  rtoInitialNs: number;
  rtoMaxNs: number;
  /** SYN retransmissions before connect fails with ETIMEDOUT (tcp_syn_retries 6: 127 s). */
  synRetries: number;
  /** SYN-ACK retransmissions before a half-open child is dropped (tcp_synack_retries). */
  synackRetries: number;
  /** Data retransmissions before the connection is dropped (tcp_retries2). */
  retries2: number;
  /** TIME-WAIT length: 2*MSL, Linux TCP_TIMEWAIT_LEN = 60 s. */
  timeWaitNs: number;
  /** How long an orphaned FIN-WAIT-2 waits for the peer's FIN (tcp_fin_timeout). */
  finTimeoutNs: number;
  /** First zero-window probe interval. */
  persistNs: number;
}

export const TCP_DEFAULTS: TcpConfig = {
  rmem: 131072,
  wmem: 16384,
  wmemMax: 4194304,
  rtoInitialNs: 1e9,
  rtoMaxNs: 120e9,
  synRetries: 6,
  synackRetries: 5,
  retries2: 15,
  timeWaitNs: 60e9,
  finTimeoutNs: 60e9,
  persistNs: 200e6,
};

/** What a control block needs from the network stack. */
export interface TcpHost {
  readonly config: TcpConfig;
  now(): number;
  at(atNs: number, cb: () => void): number;
  cancel(id: number): void;
  random32(): number;
  /** Route, log and deliver a segment (after the link's latency). */
  output(seg: Segment): void;
  /** Largest segment payload towards `remote` (interface MTU - 40). */
  mssTo(remote: string): number;
  /** The block reached CLOSED: forget its 4-tuple, and its port unless the owner keeps it. */
  closed(tcb: Tcb): void;
}

/** The listening socket a passive child belongs to until accepted. */
export interface TcpParent {
  /** Linux sk_acceptq_is_full: more than `backlog` connections wait. */
  acceptQueueFull(): boolean;
  /** The child completed the handshake (RFC 9293 3.10.7.4 fifth check). */
  childEstablished(child: Tcb): void;
  /** The child died before being accepted. */
  childGone(child: Tcb): void;
}

/** Linux sk_shutdown bits. */
export const RCV_SHUTDOWN = 1, SEND_SHUTDOWN = 2;
