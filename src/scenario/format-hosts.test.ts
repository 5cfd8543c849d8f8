import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError } from './format.ts';
import { Session } from './session.ts';
import { hostsFromData } from './format-hosts.ts';
import { scenarioData } from './render.ts';

const SHOP = `title: A shop API
files:
  orders.pl: |
    use strict; use warnings;
    use JSON::PP;
    my $in = do { local $/; <STDIN> };
    my $order = decode_json($in);
    print STDERR "new order for $order->{item}\\n";
    print "Status: 201 Created\\r\\n";
    print "Content-Type: application/json\\r\\n";
    print "Location: /orders/42\\r\\n\\r\\n";
    print JSON::PP->new->canonical->encode({ id => 42, item => $order->{item},
      method => $ENV{REQUEST_METHOD}, path => $ENV{PATH_INFO}, query => $ENV{QUERY_STRING},
      https => $ENV{HTTPS} // 'off', agent => $ENV{HTTP_USER_AGENT} }), "\\n";
  broken.pl: |
    print "no headers here";
  dies.pl: |
    die "database is down\\n";
hosts:
  - name: api.shop.example
    aliases: [shop.example]
    routes:
      - path: /health
        body: "ok\\n"
      - method: GET
        path: /items/*
        headers: { X-Stock: 3 }
        json: [{ id: 1, name: tea }]
      - method: POST
        path: /orders
        handler: orders.pl
      - path: /broken
        handler: broken.pl
      - path: /dies
        handler: dies.pl
      - path: /slow
        delay: 2.5
        status: 202
        body: "later\\n"
  - name: old.shop.example
    certificate: expired
    routes: []
  - name: legacy.example
    address: 203.0.113.9
    https: false
    routes:
      - path: /
        status: 301
        headers: { Location: "http://api.shop.example/health" }
steps:
  - command: "true"
`;

describe('scenario hosts: format', () => {
  it('parses hosts, routes and handlers (relative to /home/user)', () => {
    const s = parseScenario(SHOP, 'shop.yaml');
    expect(s.hosts!.map((h) => [h.name, h.address, h.line, h.routes.length])).toEqual([
      ['api.shop.example', undefined, 20, 6], ['old.shop.example', undefined, 40, 0], ['legacy.example', '203.0.113.9', 43, 1],
    ]);
    expect(s.hosts![0]!.routes[1]).toEqual({ method: 'GET', path: '/items/*', headers: [['X-Stock', '3']], json: [{ id: 1, name: 'tea' }], line: 25 });
    expect(s.hosts![0]!.routes[2]!.handler).toBe('/home/user/orders.pl');
  });

  const bad = (hosts: string): (() => unknown) => () => parseScenario(`title: t\nsteps:\n  - command: ls\nhosts:\n${hosts}`, 'h.yaml');

  it('names the file and line of each mistake', () => {
    expect(bad('  name: x\n')).toThrow(new ScenarioError('h.yaml', 4, '"hosts" must be a list of hosts'));
    expect(bad('  - routes: []\n')).toThrow(new ScenarioError('h.yaml', 5, 'host 1: missing "name"'));
    expect(bad('  - name: a.example\n    route: []\n')).toThrow(new ScenarioError('h.yaml', 6,
      'host 1: unknown key "route" (expected one of: name, address, aliases, latency, https, certificate, routes)'));
    expect(bad('  - name: a.example\n')).toThrow(new ScenarioError('h.yaml', 5, 'host 1 (a.example): "routes" must be a list'));
    expect(bad('  - name: a.example\n    routes:\n      - path: /\n      - path: x\n')).toThrow(new ScenarioError('h.yaml', 8,
      'host 1 (a.example), route 2: "path" must be a path starting with "/"'));
    expect(bad('  - name: a.example\n    routes:\n      - path: /\n        status: 99\n')).toThrow(new ScenarioError('h.yaml', 8,
      'host 1 (a.example), route 1: "status" must be a number from 100 to 599'));
    expect(bad('  - name: a.example\n    routes:\n      - path: /\n        handler: x.pl\n        body: hi\n')).toThrow(new ScenarioError('h.yaml', 9,
      'host 1 (a.example), route 1: a route with a "handler" takes its response from the script, not from "body"'));
    expect(bad('  - name: a.example\n    routes:\n      - path: /\n        method: get\n')).toThrow(new ScenarioError('h.yaml', 8,
      'host 1 (a.example), route 1: "method" must be an upper-case HTTP method such as GET or POST'));
    expect(bad('  - name: a.example\n    routes: []\n  - name: A.example\n    routes: []\n')).toThrow(new ScenarioError('h.yaml', 7,
      'host "A.example" is declared twice (first on line 5)'));
  });

  it('refuses, at boot, a name that already resolves or an address that is taken or not outside', () => {
    const boot = (h: string): (() => unknown) => () => new Session(parseScenario(`title: t\nsteps:\n  - command: ls\nhosts:\n${h}`, 'h.yaml'));
    expect(boot('  - name: httpbin.org\n    routes: []\n')).toThrow(new ScenarioError('h.yaml', 5, 'httpbin.org is already a host (it resolves to 198.51.100.80)'));
    expect(boot('  - name: a.example\n    address: 198.51.100.80\n    routes: []\n')).toThrow(new ScenarioError('h.yaml', 5,
      'address 198.51.100.80 is taken (by httpbin.org)'));
    expect(boot('  - name: a.example\n    address: 10.0.0.1\n    routes: []\n')).toThrow(new ScenarioError('h.yaml', 5,
      'address 10.0.0.1 is not a host address of the simulated internet (use 192.0.2.3-254, 198.51.100.0/24 or 203.0.113.0/24)'));
  });
});

describe('scenario hosts: on the machine', () => {
  const session = (): Session => new Session(parseScenario(SHOP, 'shop.yaml'));

  it('curl reaches static routes over http and https, by name and alias; 404, 405 with Allow', () => {
    const s = session();
    const out = (c: string): string => s.runStep(c).output;
    expect(out('curl -s https://api.shop.example/health; curl -s http://shop.example/health')).toBe('ok\nok');
    expect(out('curl -si http://api.shop.example/items/all | tr -d "\\r" | grep -v ^Date')).toBe([
      'HTTP/1.1 200 OK', 'Content-Type: application/json', 'Content-Length: 43', 'X-Stock: 3', 'Connection: keep-alive',
      'Server: terrarium-sim', '', '[', '  {', '    "id": 1,', '    "name": "tea"', '  }', ']'].join('\n'));
    expect(out('curl -s -w " %{http_code}\\n" http://api.shop.example/nothing')).toBe('Not Found\n 404');
    expect(out('curl -si -X DELETE http://api.shop.example/orders | tr -d "\\r" | grep -E "^(HTTP|Allow)"'))
      .toBe('HTTP/1.1 405 Method Not Allowed\nAllow: POST');
    expect(out('getent hosts api.shop.example old.shop.example legacy.example')).toBe(
      '198.51.100.200  api.shop.example\n198.51.100.201  old.shop.example\n203.0.113.9     legacy.example');
    s.close();
  });

  it('a handler script computes the response from the request (HTTP::Tiny); its stderr goes to the host\'s log', () => {
    const s = session();
    const script = `perl -MHTTP::Tiny -e '$r = HTTP::Tiny->new(agent => "shop/1")->post("https://api.shop.example/orders?x=1", ` +
      `{ content => q({"item":"tea"}) }); print "$r->{status} $r->{reason} $r->{headers}{location}\\n$r->{content}"'`;
    expect(s.runStep(script).output).toBe('201 Created /orders/42\n' +
      '{"agent":"shop/1","https":"on","id":42,"item":"tea","method":"POST","path":"/orders","query":"x=1"}');
    expect(s.runStep('cat /var/log/sim-hosts/api.shop.example.log').output)
      .toMatch(/^\[\w{3}, .* GMT\] \[cgi:error\] \[client 192\.0\.2\.2:\d+\] \/home\/user\/orders\.pl: new order for tea$/);
    s.close();
  });

  it('a handler that dies or prints no headers gives 500, and the log says why', () => {
    const s = session();
    expect(s.runStep('curl -s -o /dev/null -w "%{http_code}\\n" http://api.shop.example/dies http://api.shop.example/broken').output).toBe('500\n500');
    expect(s.runStep('cut -d" " -f10- /var/log/sim-hosts/api.shop.example.log').output).toBe([
      '/home/user/dies.pl: database is down',
      '/home/user/dies.pl: no output from the script',
      '/home/user/broken.pl: the script\'s output has no blank line after its headers'].join('\n'));
    s.close();
  });

  it('delays are virtual time; an http-only host refuses 443 and redirects are followed', () => {
    const s = session();
    const r = s.runStep('curl -s http://api.shop.example/slow');
    expect(r.output).toBe('later');
    expect(r.elapsedMs).toBeGreaterThanOrEqual(2500);
    expect(s.runStep('curl -sSL http://legacy.example/').output).toBe('ok');
    expect(s.runStep('curl -sS https://old.shop.example/ 2>&1 | head -1').output).toBe('curl: (60) SSL certificate problem: certificate has expired');
    expect(s.runStep('curl -sS https://legacy.example/').output).toBe('curl: (7) Failed to connect to legacy.example port 443 after 100 ms: Couldn\'t connect to server');
    s.close();
  });
});

describe('scenario hosts: the documented example', () => {
  it('docs/scenario-hosts.md\'s scenario runs as the page says', () => {
    const doc = readFileSync(new URL('../../docs/scenario-hosts.md', import.meta.url), 'utf8');
    const yaml = /```yaml\n([^]*?)```/.exec(doc)![1]!;
    const scenario = parseScenario(yaml, 'docs/scenario-hosts.md');
    const s = new Session(scenario);
    const out = scenario.steps.map((st) => s.runStep(st.command).output);
    expect(out).toEqual(['[\n  {\n    "id": 1,\n    "name": "tea"\n  }\n]', '{"id":42,"item":"tea"}']);
    s.close();
  });
});

describe('scenario hosts: a slow handler', () => {
  it('answers once the script has exited, in virtual time, and shows in ps meanwhile', () => {
    const s = new Session(parseScenario(`title: slow
files:
  slow.pl: |
    sleep 2;
    print "Content-Type: text/plain\\n\\nawake\\n";
hosts:
  - name: slow.example
    routes:
      - path: /
        handler: slow.pl
steps:
  - command: "true"
`, 'slow.yaml'));
    const bg = s.runStep('curl -s http://slow.example/ > out.txt &');
    expect(bg.output).toMatch(/^\[1\] \d+$/);
    expect(s.runStep('sleep 1; ps -eo user,args | grep "[s]low.pl"').output).toBe('www-data /usr/bin/perl /home/user/slow.pl');
    const t = s.runStep('wait; cat out.txt');
    expect(t.output.split('\n').slice(-1)[0]).toBe('awake');
    expect(t.elapsedMs).toBeGreaterThan(900);
    expect(t.elapsedMs).toBeLessThan(1200);
    s.close();
  });
});

describe('scenario hosts: as data for the page', () => {
  it('renders back to data that checks again to the same declarations', () => {
    const s = parseScenario(SHOP, 'shop.yaml');
    const data = scenarioData(s).hosts;
    expect((data as Array<Record<string, unknown>>)[0]!.routes).toContainEqual({ method: 'GET', path: '/items/*', headers: { 'X-Stock': '3' }, json: [{ id: 1, name: 'tea' }] });
    const again = hostsFromData(data, () => 0, (_l, msg) => { throw new Error(msg); });
    const noLines = (h: typeof again): unknown => JSON.parse(JSON.stringify(h, (k, v: unknown) => (k === 'line' ? undefined : v)));
    expect(noLines(again)).toEqual(noLines(s.hosts!));
  });
});
