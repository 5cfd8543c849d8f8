/**
 * The simulated internet: the hosts the machine can reach by name, each a
 * service on the outside link (see host.ts), plus hosts with broken
 * certificates for TLS failures. Nothing here reaches a real network.
 */
import type { NetStack } from '../stack.ts';
import { installExample } from './example.ts';
import { installGitHub } from './github.ts';
import { addSimulatedHost } from './host.ts';
import { installHttpbin } from './httpbin.ts';
import { installPlaceholder } from './placeholder.ts';
import { leafFor, INTERMEDIATE_CA } from './tls.ts';

export { addSimulatedHost, staticSite } from './host.ts';
export type { HostSpec, SimulatedHost, StaticRoute } from './host.ts';
export { TlsClient } from './tls-session.ts';
export { HostDeclError, installCustomHosts, installScenarioHosts } from './custom.ts';
export type { HostDecl, RouteDecl } from './custom.ts';
export { parseTrustStore, trustStoreText, verifyChain, verifyMessage, ROOT_CA } from './tls.ts';
export type { Certificate, VerifyFailure } from './tls.ts';

/** Where the machine keeps the certificates it trusts. */
export const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

const BADSSL_PAGE = (what: string): string => `<!DOCTYPE html>\n<html>\n<head><title>${what}</title></head>\n<body><h1>${what}</h1></body>\n</html>\n`;

/** Every simulated host, on its fixed address. */
export function installInternet(net: NetStack): void {
  installExample(net);
  installHttpbin(net);
  installPlaceholder(net);
  installGitHub(net);
  const self = leafFor(['self-signed.badssl.example']);
  addSimulatedHost(net, {
    name: 'expired.badssl.example', addr: '203.0.113.66',
    routes: { '/': { type: 'text/html', body: BADSSL_PAGE('expired.badssl.example') } },
    chain: [leafFor(['expired.badssl.example'], { notBefore: Date.UTC(2015, 3, 9), notAfter: Date.UTC(2015, 3, 12, 23, 59, 59) }), INTERMEDIATE_CA],
  });
  addSimulatedHost(net, {
    name: 'self-signed.badssl.example', addr: '203.0.113.67',
    routes: { '/': { type: 'text/html', body: BADSSL_PAGE('self-signed.badssl.example') } },
    chain: [{ ...self, issuer: self.subject }],
  });
  addSimulatedHost(net, {
    name: 'wrong.host.badssl.example', addr: '203.0.113.68',
    routes: { '/': { type: 'text/html', body: BADSSL_PAGE('wrong.host.badssl.example') } },
    chain: [leafFor(['badssl.example', '*.badssl.example']), INTERMEDIATE_CA],
  });
}
