import { describe, expect, it } from 'vitest';
import { netMachine, run } from '../../nettools/testing.ts';
import { addSimulatedHost, installCustomHosts } from './index.ts';
import { respond } from './http.ts';
import { pyDumps } from './json.ts';

const curl = (m: ReturnType<typeof netMachine>, ...args: string[]) => run(m, ['/usr/bin/curl', ...args]);

describe('httpbin.org', () => {
  it('/get echoes args, headers (Title-Case, trace id), origin and url in httpbin\'s pretty JSON', () => {
    const m = netMachine();
    const r = curl(m, '-s', 'https://httpbin.org/get?a=1&a=2&b=x');
    const body = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['args', 'headers', 'origin', 'url']);
    expect(body.args).toEqual({ a: ['1', '2'], b: 'x' });
    const h = body.headers as Record<string, string>;
    expect(Object.keys(h)).toEqual(['Accept', 'Host', 'User-Agent', 'X-Amzn-Trace-Id']);
    expect(h['X-Amzn-Trace-Id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(body.origin).toBe('192.0.2.2');
    expect(body.url).toBe('https://httpbin.org/get?a=1&a=2&b=x');
    expect(r.out).toBe(pyDumps(body as never));
    expect(r.out).toContain('"args": {\n    "a": [\n      "1", \n      "2"\n    ], \n');
  });

  it('response headers are gunicorn\'s with CORS; POST shows form, json and data', () => {
    const m = netMachine();
    const head = curl(m, '-si', 'http://httpbin.org/post', '--json', '{"n":1}').out.split('\r\n\r\n');
    expect(head[0]!.replace(/^Date: .*$/m, 'Date: D')).toBe(['HTTP/1.1 200 OK', 'Date: D', 'Content-Type: application/json',
      `Content-Length: ${new TextEncoder().encode(head[1]!).length}`, 'Connection: keep-alive', 'Server: gunicorn/19.9.0',
      'Access-Control-Allow-Origin: *', 'Access-Control-Allow-Credentials: true'].join('\r\n'));
    const body = JSON.parse(head[1]!) as Record<string, unknown>;
    expect(body.json).toEqual({ n: 1 });
    expect(body.data).toBe('{"n":1}');
    const form = JSON.parse(curl(m, '-s', '-d', 'x=1', '-d', 'y=2', 'http://httpbin.org/anything/p').out) as Record<string, unknown>;
    expect(form.form).toEqual({ x: '1', y: '2' });
    expect(form.method).toBe('POST');
  });

  it('status, delay (virtual time), redirects, basic-auth, uuid, bytes', () => {
    const m = netMachine();
    expect(curl(m, '-s', '-o', '/dev/null', '-w', '%{http_code}', 'http://httpbin.org/status/418').out).toBe('418');
    const t0 = m.nowNs();
    expect(curl(m, '-s', '-w', '%{http_code}', '-o', '/dev/null', 'http://httpbin.org/delay/2').out).toBe('200');
    expect(m.nowNs() - t0).toBeGreaterThanOrEqual(2e9);
    expect(curl(m, '-s', '--max-time', '1', 'http://httpbin.org/delay/3')).toMatchObject({ code: 28 });
    expect(curl(m, '-sL', '-w', '%{num_redirects} %{url_effective}', '-o', '/dev/null', 'http://httpbin.org/redirect/3').out)
      .toBe('3 http://httpbin.org/get');
    expect(curl(m, '-s', '-w', '%{http_code}', '-o', '/dev/null', 'http://httpbin.org/basic-auth/u/p').out).toBe('401');
    expect(JSON.parse(curl(m, '-s', '-u', 'u:p', 'http://httpbin.org/basic-auth/u/p').out)).toEqual({ authenticated: true, user: 'u' });
    expect(JSON.parse(curl(m, '-s', 'http://httpbin.org/uuid').out).uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(curl(m, '-s', '-w', '%{size_download}', '-o', '/dev/null', 'http://httpbin.org/bytes/100').out).toBe('100');
  });
});

describe('jsonplaceholder, api.github.com, example.com', () => {
  it('posts by id, filtered lists, nested comments, POST gives id 101', () => {
    const m = netMachine();
    const p1 = JSON.parse(curl(m, '-s', 'https://jsonplaceholder.typicode.com/posts/1').out) as Record<string, unknown>;
    expect(Object.keys(p1)).toEqual(['userId', 'id', 'title', 'body']);
    const list = JSON.parse(curl(m, '-s', 'https://jsonplaceholder.typicode.com/posts?userId=2').out) as Array<{ userId: number }>;
    expect(list.length).toBe(10);
    expect(list.every((p) => p.userId === 2)).toBe(true);
    expect((JSON.parse(curl(m, '-s', 'https://jsonplaceholder.typicode.com/posts/1/comments').out) as unknown[]).length).toBe(5);
    const made = curl(m, '-s', '-w', '\n%{http_code}', '--json', '{"title":"t","body":"b","userId":1}', 'https://jsonplaceholder.typicode.com/posts').out;
    expect(made).toBe('{\n  "title": "t",\n  "body": "b",\n  "userId": 1,\n  "id": 101\n}\n201');
    expect(curl(m, '-s', '-w', '%{http_code}', 'https://jsonplaceholder.typicode.com/posts/999').out).toBe('{}404');
  });

  it('GitHub: zen, users, JSON 404 and rate-limit headers counting down', () => {
    const m = netMachine();
    expect(curl(m, '-s', 'https://api.github.com/zen').out).toMatch(/^[A-Z].*\.$/);
    const u = curl(m, '-si', 'https://api.github.com/users/perl-gardener').out;
    expect(u).toMatch(/\r\nX-RateLimit-Limit: 60\r\nX-RateLimit-Remaining: 58\r\n/);
    expect(JSON.parse(u.split('\r\n\r\n')[1]!).login).toBe('perl-gardener');
    expect(curl(m, '-s', 'https://api.github.com/users/nobody-here').out)
      .toBe('{"message":"Not Found","documentation_url":"https://docs.github.com/rest/users/users#get-a-user","status":"404"}');
  });

  it('example.com serves its page; unknown names fail in DNS', () => {
    const m = netMachine();
    const r = curl(m, '-s', 'http://example.com/');
    expect(r.out).toContain('<h1>Example Domain</h1>');
    expect(new TextEncoder().encode(r.out).length).toBe(1256);
    expect(curl(m, '-sS', 'https://nosuch.example/')).toEqual({ out: '', err: 'curl: (6) Could not resolve host: nosuch.example\n', code: 6 });
  });
});

describe('simulated TLS', () => {
  it('rejects expired, self-signed and mismatched certificates; -k accepts them', () => {
    const m = netMachine();
    const first = (h: string): string => curl(m, '-sS', `https://${h}/`).err.split('\n')[0]!;
    expect(first('expired.badssl.example')).toBe('curl: (60) SSL certificate problem: certificate has expired');
    expect(first('self-signed.badssl.example')).toBe('curl: (60) SSL certificate problem: self-signed certificate');
    expect(first('wrong.host.badssl.example'))
      .toBe("curl: (60) SSL: no alternative certificate subject name matches target host name 'wrong.host.badssl.example'");
    expect(curl(m, '-sk', 'https://expired.badssl.example/').out).toContain('<h1>expired.badssl.example</h1>');
  });
});

describe('addSimulatedHost', () => {
  it('adds a named host with static routes over http and https', () => {
    const m = netMachine();
    addSimulatedHost(m.net, { name: 'api.shop.example', addr: '198.51.100.200', routes: {
      'GET /items': { json: [{ id: 1, name: 'tea' }] },
      '/ping': { body: 'pong\n' },
    } });
    expect(curl(m, '-s', 'https://api.shop.example/items').out).toBe('[\n  {\n    "id": 1,\n    "name": "tea"\n  }\n]\n');
    expect(curl(m, '-s', 'http://api.shop.example/ping').out).toBe('pong\n');
    expect(curl(m, '-s', '-w', '%{http_code}', '-o', '/dev/null', 'http://api.shop.example/nope').out).toBe('404');
  });
});

describe('installCustomHosts', () => {
  it('takes routes answered by TypeScript handlers, immediate or deferred', () => {
    const m = netMachine();
    installCustomHosts(m.net, [{ name: 'ts.example', routes: [
      { path: '/now', site: (req) => respond(200, 'text/plain', `you asked for ${req.target}\n`) },
      { path: '/later', site: () => ({ wait: (reply) => void m.net.timers.at(m.nowNs() + 1.5e9, () => reply(respond(201, 'text/plain', 'done\n'))) }) },
    ] }], () => { throw new Error('no handler scripts here'); });
    expect(curl(m, '-s', 'http://ts.example/now?x=1').out).toBe('you asked for /now?x=1\n');
    const t0 = m.nowNs();
    expect(curl(m, '-s', '-w', '%{http_code}', 'https://ts.example/later').out).toBe('done\n201');
    expect(m.nowNs() - t0).toBeGreaterThanOrEqual(1.5e9);
  });
});
