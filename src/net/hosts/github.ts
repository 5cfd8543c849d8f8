/**
 * api.github.com: /zen, /users/NAME for a few users of our own invention,
 * the rate-limit headers (60 requests an hour per address, unauthenticated),
 * GitHub's JSON 404 for anything else, and its 403 for a request without a
 * User-Agent.
 */
import type { NetStack } from '../stack.ts';
import { header, respond } from './http.ts';
import type { HttpRequest, HttpResponse, Site } from './http.ts';
import { wallMs } from './host.ts';

const ZEN = [
  'Responsive is better than fast.', 'Practicality beats purity.', 'Design for failure.',
  'Keep it logically awesome.', 'Speak like a human.', 'Non-blocking is better than blocking.',
  'Anything added dilutes everything else.', 'Approachable is better than simple.',
  'Mind your words, they are important.', 'Favor focus over features.', 'Encourage flow.',
  'Avoid administrative distraction.', "It's not fully shipped until it's fast.", 'Half measures are as bad as nothing at all.',
];

interface User { login: string; id: number; name: string; company: string | null; blog: string; location: string | null;
  bio: string | null; repos: number; gists: number; followers: number; following: number; created: string; updated: string }

const USERS: User[] = [
  { login: 'terrarium', id: 90210001, name: 'Terrarium', company: null, blog: 'https://terrarium.example', location: 'In a web page',
    bio: 'A small Unix machine that lives in a web page.', repos: 3, gists: 0, followers: 42, following: 0,
    created: '2024-03-14T09:26:53Z', updated: '2025-12-01T12:00:00Z' },
  { login: 'perl-gardener', id: 90210002, name: 'Rosa Lindqvist', company: '@terrarium', blog: '', location: 'Uppsala',
    bio: 'Tends Perl modules and other perennials.', repos: 27, gists: 5, followers: 310, following: 12,
    created: '2011-06-02T17:45:10Z', updated: '2025-11-20T08:13:44Z' },
  { login: 'daemon-keeper', id: 90210003, name: 'Tomás Ferreira', company: null, blog: 'https://daemons.example.org', location: 'Porto',
    bio: null, repos: 14, gists: 2, followers: 88, following: 40, created: '2015-01-19T22:03:31Z', updated: '2025-10-05T16:22:09Z' },
];

function userJson(u: User): Record<string, unknown> {
  const api = `https://api.github.com/users/${u.login}`;
  return {
    login: u.login, id: u.id, node_id: `MDQ6VXNlcj${u.id.toString(36)}`, avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '', url: api, html_url: `https://github.com/${u.login}`, followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`, gists_url: `${api}/gists{/gist_id}`, starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`, organizations_url: `${api}/orgs`, repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`, received_events_url: `${api}/received_events`, type: 'User', user_view_type: 'public',
    site_admin: false, name: u.name, company: u.company, blog: u.blog, location: u.location, email: null, hireable: null,
    bio: u.bio, twitter_username: null, public_repos: u.repos, public_gists: u.gists, followers: u.followers,
    following: u.following, created_at: u.created, updated_at: u.updated,
  };
}

class GitHubApi {
  /** Requests used per client address in the current hour window. */
  private readonly used = new Map<string, { reset: number; used: number }>();

  constructor(private readonly net: NetStack) {}

  private rate(req: HttpRequest): Array<[string, string]> {
    const now = Math.floor(wallMs(this.net) / 1000);
    let r = this.used.get(req.remote.addr);
    if (!r || now >= r.reset) this.used.set(req.remote.addr, (r = { reset: now + 3600, used: 0 }));
    r.used = Math.min(60, r.used + 1);
    return [['X-RateLimit-Limit', '60'], ['X-RateLimit-Remaining', String(60 - r.used)], ['X-RateLimit-Reset', String(r.reset)],
      ['X-RateLimit-Resource', 'core'], ['X-RateLimit-Used', String(r.used)]];
  }

  route(req: HttpRequest): HttpResponse {
    const json = 'application/json; charset=utf-8';
    if (!header(req, 'user-agent')) {
      return respond(403, 'text/plain; charset=utf-8', 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.\n');
    }
    const rate = this.rate(req);
    const p = req.path.replace(/\/+$/, '') || '/';
    if (p === '/zen') {
      const i = this.net.env.random32() % ZEN.length;
      return respond(200, 'text/plain;charset=utf-8', ZEN[i]!, rate);
    }
    const m = /^\/users\/([^/]+)$/.exec(p);
    const user = m ? USERS.find((u) => u.login.toLowerCase() === decodeURIComponent(m[1]!).toLowerCase()) : undefined;
    if (user) return respond(200, json, JSON.stringify(userJson(user)), rate);
    const doc = m ? 'https://docs.github.com/rest/users/users#get-a-user' : 'https://docs.github.com/rest';
    return respond(404, json, JSON.stringify({ message: 'Not Found', documentation_url: doc, status: '404' }), rate);
  }
}

/** api.github.com's site (its host: index.ts). */
export function githubSite(net: NetStack): Site {
  const api = new GitHubApi(net);
  return (req) => api.route(req);
}
