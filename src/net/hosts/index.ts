/**
 * The simulated internet: the hosts the machine can reach by name, each a
 * service on the outside link (see host.ts), plus hosts with broken
 * certificates for TLS failures. Nothing here reaches a real network.
 */
import type { NetStack } from '../stack.ts';
import { addSimulatedHost } from './host.ts';
import { siteSource } from './sites.ts';
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
  addSimulatedHost(net, {
    name: 'example.com', aliases: ['www.example.com'], addr: '198.51.100.34', lazySite: siteSource('example', net),
    trailing: () => [['Server', 'ECS (nyb/1D2A)'], ['X-Cache', 'HIT']],
  });
  addSimulatedHost(net, {
    name: 'httpbin.org', aliases: ['www.httpbin.org'], addr: '198.51.100.80', lazySite: siteSource('httpbin', net),
    trailing: () => [['Server', 'gunicorn/19.9.0'], ['Access-Control-Allow-Origin', '*'], ['Access-Control-Allow-Credentials', 'true']],
  });
  addSimulatedHost(net, {
    name: 'jsonplaceholder.typicode.com', addr: '198.51.100.104', lazySite: siteSource('placeholder', net),
    trailing: () => [['X-Powered-By', 'Express'], ['Vary', 'Origin, Accept-Encoding'], ['Access-Control-Allow-Credentials', 'true'],
      ['Cache-Control', 'max-age=43200'], ['Pragma', 'no-cache'], ['Expires', '-1'], ['X-Content-Type-Options', 'nosniff'],
      ['Via', '1.1 vegur'], ['Server', 'cloudflare']],
  });
  addSimulatedHost(net, {
    name: 'api.github.com', addr: '203.0.113.140', lazySite: siteSource('github', net),
    trailing: () => [['Server', 'GitHub.com'], ['X-GitHub-Media-Type', 'github.v3; format=json'],
      ['Access-Control-Allow-Origin', '*'], ['X-Content-Type-Options', 'nosniff']],
  });
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
