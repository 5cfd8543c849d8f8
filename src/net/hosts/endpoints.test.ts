/**
 * Each endpoint the simulated internet promises, against the response
 * shapes its service documents (httpbin's README and its live JSON,
 * JSONPlaceholder's guide, GitHub's REST reference).
 */
import { describe, expect, it } from 'vitest';
import { netMachine, run } from '../../nettools/testing.ts';

type M = ReturnType<typeof netMachine>;
const curl = (m: M, ...args: string[]): string => run(m, ['/usr/bin/curl', '-s', ...args]).out;
const obj = (text: string): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;
const BODY_KEYS = ['args', 'data', 'files', 'form', 'headers', 'json', 'origin', 'url'];

describe('httpbin.org endpoints', () => {
  const m = netMachine();
  const bin = (...args: string[]): string => curl(m, ...args);
  const location = (path: string): string | undefined => /\r\nLocation: (.*)\r\n/.exec(bin('-i', `http://httpbin.org${path}`))?.[1];

  it('/post, /put, /delete show args, data, files, form, headers, json, origin, url; a wrong method is 405', () => {
    const post = obj(bin('-X', 'POST', '-H', 'Content-Type: application/json', '-d', '{"a":[1,2]}', 'http://httpbin.org/post?q=1'));
    expect(Object.keys(post)).toEqual(BODY_KEYS);
    expect([post.args, post.data, post.files, post.form, post.json]).toEqual([{ q: '1' }, '{"a":[1,2]}', {}, {}, { a: [1, 2] }]);
    const put = obj(bin('-X', 'PUT', '-d', 'k=v&k=w', 'https://httpbin.org/put'));
    expect(Object.keys(put)).toEqual(BODY_KEYS);
    expect([put.form, put.data, put.json, put.url]).toEqual([{ k: ['v', 'w'] }, '', null, 'https://httpbin.org/put']);
    const del = obj(bin('-X', 'DELETE', 'http://httpbin.org/delete'));
    expect(Object.keys(del)).toEqual(BODY_KEYS);
    expect([del.data, del.json, del.origin]).toEqual(['', null, '192.0.2.2']);
    expect(bin('-o', '/dev/null', '-w', '%{http_code}', 'http://httpbin.org/put')).toBe('405');
    expect(bin('-o', '/dev/null', '-w', '%{http_code}', '-X', 'POST', 'http://httpbin.org/get')).toBe('405');
  });

  it('/anything adds the method, for any method and any path under it', () => {
    const a = obj(bin('-X', 'PATCH', '-d', 'x=1', 'http://httpbin.org/anything/deep/path?z=9'));
    expect(Object.keys(a)).toEqual(['args', 'data', 'files', 'form', 'headers', 'json', 'method', 'origin', 'url']);
    expect([a.method, a.form, a.args, a.url]).toEqual(['PATCH', { x: '1' }, { z: '9' }, 'http://httpbin.org/anything/deep/path?z=9']);
  });

  it('/headers, /ip and /user-agent', () => {
    const h = obj(bin('-H', 'X-Custom-thing: 7', '-A', 'probe/1.0', 'http://httpbin.org/headers'));
    expect(Object.keys(h)).toEqual(['headers']);
    const hs = h.headers as Record<string, string>;
    expect(Object.keys(hs)).toEqual(['Accept', 'Host', 'User-Agent', 'X-Amzn-Trace-Id', 'X-Custom-Thing']);
    expect([hs.Host, hs['User-Agent'], hs['X-Custom-Thing']]).toEqual(['httpbin.org', 'probe/1.0', '7']);
    expect(bin('http://httpbin.org/ip')).toBe('{\n  "origin": "192.0.2.2"\n}\n');
    expect(bin('-A', 'probe/1.0', 'https://httpbin.org/user-agent')).toBe('{\n  "user-agent": "probe/1.0"\n}\n');
  });

  it('/status/N: empty bodies, a Location for redirects, the teapot', () => {
    const code = (n: number): string => bin('-o', '/dev/null', '-w', '%{http_code} %{size_download}', `http://httpbin.org/status/${n}`);
    expect([200, 204, 404, 500, 503, 302].map(code)).toEqual(['200 0', '204 0', '404 0', '500 0', '503 0', '302 0']);
    expect(location('/status/302')).toBe('/redirect/1');
    const tea = bin('-i', 'http://httpbin.org/status/418');
    expect(tea).toMatch(/^HTTP\/1\.1 418 I'M A TEAPOT\r\n/);
    expect(tea).toContain('\r\nx-more-info: http://tools.ietf.org/html/rfc2324\r\n');
    expect(tea).toContain('-=[ teapot ]=-');
  });

  it('/delay/N answers after N virtual seconds (at most 10) with the request\'s fields', () => {
    const t0 = m.nowNs();
    const d = obj(bin('http://httpbin.org/delay/3'));
    expect((m.nowNs() - t0) / 1e9).toBeGreaterThanOrEqual(3);
    expect((m.nowNs() - t0) / 1e9).toBeLessThan(3.5);
    expect(Object.keys(d)).toEqual(['args', 'data', 'files', 'form', 'headers', 'origin', 'url']);
    const t1 = m.nowNs();
    bin('-o', '/dev/null', 'http://httpbin.org/delay/30');
    expect((m.nowNs() - t1) / 1e9).toBeLessThan(10.5);
  });

  it('/redirect/N goes through relative redirects to /get; absolute=true gives full URLs', () => {
    expect(bin('-o', '/dev/null', '-w', '%{http_code}', 'http://httpbin.org/redirect/3')).toBe('302');
    expect(location('/redirect/3')).toBe('/relative-redirect/2');
    expect(location('/relative-redirect/1')).toBe('/get');
    expect(location('/redirect/2?absolute=true')).toBe('http://httpbin.org/absolute-redirect/1');
    expect(bin('-L', '-o', '/dev/null', '-w', '%{num_redirects} %{url_effective}', 'http://httpbin.org/redirect/5')).toBe('5 http://httpbin.org/get');
  });

  it('/json is the sample slide show, in httpbin\'s own formatting', () => {
    expect(bin('http://httpbin.org/json')).toBe(`{
  "slideshow": {
    "author": "Yours Truly", 
    "date": "date of publication", 
    "slides": [
      {
        "title": "Wake up to WonderWidgets!", 
        "type": "all"
      }, 
      {
        "items": [
          "Why <em>WonderWidgets</em> are great", 
          "Who <em>buys</em> WonderWidgets"
        ], 
        "title": "Overview", 
        "type": "all"
      }
    ], 
    "title": "Sample Slide Show"
  }
}
`);
  });

  it('/bytes/N is N octets of application/octet-stream; /basic-auth checks the credentials', () => {
    expect(bin('-o', '/dev/null', '-w', '%{size_download} %{content_type}', 'http://httpbin.org/bytes/1024')).toBe('1024 application/octet-stream');
    expect(bin('-i', 'http://httpbin.org/basic-auth/ann/pw')).toMatch(/^HTTP\/1\.1 401 Unauthorized\r\n[^]*\r\nWWW-Authenticate: Basic realm="Fake Realm"\r\n/);
    expect(bin('-u', 'ann:wrong', '-o', '/dev/null', '-w', '%{http_code}', 'http://httpbin.org/basic-auth/ann/pw')).toBe('401');
    expect(bin('-u', 'ann:pw', 'https://httpbin.org/basic-auth/ann/pw')).toBe('{\n  "authenticated": true, \n  "user": "ann"\n}\n');
  });
});

describe('jsonplaceholder.typicode.com resources', () => {
  const m = netMachine();
  const api = (...args: string[]): unknown => JSON.parse(curl(m, ...args.slice(0, -1), `https://jsonplaceholder.typicode.com${args.at(-1)}`));
  const keysOf = (v: unknown): string[] => Object.keys(v as object);

  it('lists posts (100), users (10), todos (200) and comments (500) with the guide\'s fields', () => {
    const posts = api('/posts') as unknown[];
    expect([posts.length, keysOf(posts[0])]).toEqual([100, ['userId', 'id', 'title', 'body']]);
    const users = api('/users') as Array<Record<string, unknown>>;
    expect([users.length, keysOf(users[0])]).toEqual([10, ['id', 'name', 'username', 'email', 'address', 'phone', 'website', 'company']]);
    expect(keysOf(users[0]!.address)).toEqual(['street', 'suite', 'city', 'zipcode', 'geo']);
    expect(keysOf((users[0]!.address as Record<string, unknown>).geo)).toEqual(['lat', 'lng']);
    expect(keysOf(users[0]!.company)).toEqual(['name', 'catchPhrase', 'bs']);
    const todos = api('/todos') as Array<Record<string, unknown>>;
    expect([todos.length, keysOf(todos[0]), typeof todos[0]!.completed]).toEqual([200, ['userId', 'id', 'title', 'completed'], 'boolean']);
    const comments = api('/comments') as unknown[];
    expect([comments.length, keysOf(comments[0])]).toEqual([500, ['postId', 'id', 'name', 'email', 'body']]);
  });

  it('filters by query, nests, and answers writes as the guide shows (not kept)', () => {
    expect((api('/comments?postId=3') as Array<{ postId: number }>).map((c) => c.postId)).toEqual([3, 3, 3, 3, 3]);
    expect((api('/users/1/todos') as unknown[]).length).toBe(20);
    expect((api('/todos?userId=2&completed=true') as Array<{ userId: number; completed: boolean }>)
      .every((t) => t.userId === 2 && t.completed)).toBe(true);
    expect(api('-X', 'PUT', '-H', 'Content-Type: application/json', '-d', '{"title":"x"}', '/posts/7')).toEqual({ title: 'x', id: 7 });
    const patched = api('-X', 'PATCH', '-H', 'Content-Type: application/json', '-d', '{"title":"y"}', '/posts/7') as Record<string, unknown>;
    expect([keysOf(patched), patched.title, patched.id]).toEqual([['userId', 'id', 'title', 'body'], 'y', 7]);
    expect(api('-X', 'DELETE', '/posts/7')).toEqual({});
    expect((api('/posts/7') as Record<string, unknown>).title).not.toBe('y');
    expect(curl(m, '-w', ' %{http_code}', 'https://jsonplaceholder.typicode.com/nothing')).toBe('{} 404');
    expect(curl(m, '-o', '/dev/null', '-w', '%{content_type}', 'https://jsonplaceholder.typicode.com/posts/1')).toBe('application/json; charset=utf-8');
  });
});

describe('api.github.com and example.com', () => {
  const m = netMachine();

  it('a user in GitHub\'s field order; rate-limit headers; 403 without a User-Agent', () => {
    const res = curl(m, '-i', 'https://api.github.com/users/terrarium').split('\r\n\r\n');
    const u = obj(res[1]!);
    expect(Object.keys(u)).toEqual(['login', 'id', 'node_id', 'avatar_url', 'gravatar_id', 'url', 'html_url', 'followers_url',
      'following_url', 'gists_url', 'starred_url', 'subscriptions_url', 'organizations_url', 'repos_url', 'events_url',
      'received_events_url', 'type', 'user_view_type', 'site_admin', 'name', 'company', 'blog', 'location', 'email', 'hireable',
      'bio', 'twitter_username', 'public_repos', 'public_gists', 'followers', 'following', 'created_at', 'updated_at']);
    const names = res[0]!.split('\r\n').slice(1).map((l) => l.split(':')[0]);
    expect(names.filter((n) => n!.startsWith('X-RateLimit'))).toEqual(['X-RateLimit-Limit', 'X-RateLimit-Remaining',
      'X-RateLimit-Reset', 'X-RateLimit-Resource', 'X-RateLimit-Used']);
    expect(res[0]).toMatch(/\r\nServer: GitHub\.com\r\n/);
    expect(curl(m, '-A', '', '-o', '/dev/null', '-w', '%{http_code}', 'https://api.github.com/zen')).toBe('403');
    expect(curl(m, 'https://api.github.com/nothing')).toBe('{"message":"Not Found","documentation_url":"https://docs.github.com/rest","status":"404"}');
  });

  it('example.com and www.example.com serve the page over http and https; other methods get 405', () => {
    expect(curl(m, 'https://www.example.com/')).toBe(curl(m, 'http://example.com/'));
    expect(curl(m, '-I', 'http://example.com/').split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
    expect(curl(m, '-X', 'POST', '-o', '/dev/null', '-w', '%{http_code}', 'http://example.com/')).toBe('405');
  });

  it('unknown names fail in DNS for curl, getent and perl', () => {
    expect(run(m, ['/usr/bin/getent', 'hosts', 'nosuch.example']).code).toBe(2);
    expect(run(m, ['/usr/bin/curl', '-sS', 'http://api.nosuch.example/']).err).toBe('curl: (6) Could not resolve host: api.nosuch.example\n');
  });
});
