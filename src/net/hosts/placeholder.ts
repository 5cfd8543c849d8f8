/**
 * jsonplaceholder.typicode.com: a fake REST API (json-server on Express).
 * Resources posts (100), comments (500), users (10) and todos (200) with the
 * fields its guide shows; the texts are our own, generated deterministically.
 * GET lists filter by any field in the query (?userId=1), nested routes
 * (/posts/1/comments), POST answers 201 with id 101, PUT/PATCH echo the
 * merged record, DELETE answers {}; writes are not kept, as on the real one.
 */
import type { NetStack } from '../stack.ts';
import { respond } from './http.ts';
import type { HttpRequest, HttpResponse, Site } from './http.ts';
import { parseQuery } from './httpbin.ts';

type Rec = Record<string, unknown>;

const WORDS = ('lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore ' +
  'magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute ' +
  'irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt ' +
  'culpa qui officia deserunt mollit anim id est laborum').split(' ');
const FIRST = ['Ada', 'Boris', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas'];
const LAST = ['Okafor', 'Lindgren', 'Moreau', 'Novak', 'Quispe', 'Haddad', 'Schmidt', 'Tanaka', 'Alves', 'Byrne'];
const CITIES = ['Lakeview', 'Northbridge', 'Port Elm', 'Stonehaven', 'Willowmere', 'Ashford', 'Brookfield', 'Cedar Falls', 'Dunmore', 'Eastwick'];

/** A small deterministic generator (a linear congruential sequence per record). */
function words(seed: number, n: number): string {
  let x = (seed * 2654435761) >>> 0;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(WORDS[(x >>> 8) % WORDS.length]!);
  }
  return out.join(' ');
}

function makeData(): Record<string, Rec[]> {
  const users: Rec[] = FIRST.map((f, i) => {
    const id = i + 1, last = LAST[i]!, uname = `${f}.${last}`.replace(/[^A-Za-z.]/g, '');
    return {
      id, name: `${f} ${last}`, username: uname, email: `${f.toLowerCase()}@${last.toLowerCase()}.example`,
      address: { street: `${words(id * 7, 1)} Street`, suite: `Apt. ${100 + id * 37}`, city: CITIES[i], zipcode: `${10000 + id * 1234}`,
        geo: { lat: (-40 + id * 7.3).toFixed(4), lng: (20 - id * 11.1).toFixed(4) } },
      phone: `555-01${String(id).padStart(2, '0')}`, website: `${last.toLowerCase()}.example`,
      company: { name: `${last} Works`, catchPhrase: words(id * 13, 4), bs: words(id * 17, 3) },
    };
  });
  const posts: Rec[] = [], comments: Rec[] = [], todos: Rec[] = [];
  for (let id = 1; id <= 100; id++) {
    posts.push({ userId: Math.ceil(id / 10), id, title: words(id, 6), body: [words(id * 3, 9), words(id * 5, 8), words(id * 11, 9)].join('\n') });
  }
  for (let id = 1; id <= 500; id++) {
    const f = FIRST[id % 10]!, l = LAST[(id * 3) % 10]!;
    comments.push({ postId: Math.ceil(id / 5), id, name: words(id * 19, 5), email: `${f}_${l}@mail.example`.replace(/ /g, ''),
      body: [words(id * 23, 8), words(id * 29, 7)].join('\n') });
  }
  for (let id = 1; id <= 200; id++) {
    todos.push({ userId: Math.ceil(id / 20), id, title: words(id * 31, 4), completed: ((id * 7) % 5) < 2 });
  }
  return { posts, comments, users, todos };
}

const PARENT: Record<string, string> = { posts: 'userId', comments: 'postId', todos: 'userId' };

function matches(r: Rec, q: Record<string, unknown>): boolean {
  for (const [k, v] of Object.entries(q)) {
    if (k.startsWith('_')) continue;
    const want = Array.isArray(v) ? v.map(String) : [String(v)];
    if (!(k in r) || !want.includes(String(r[k]))) return false;
  }
  return true;
}

class Placeholder {
  private tables: Record<string, Rec[]> | null = null;

  /** The records, made on the first request (not at boot). */
  private get data(): Record<string, Rec[]> {
    return (this.tables ??= makeData());
  }

  private json(status: number, v: unknown): HttpResponse {
    return respond(status, 'application/json; charset=utf-8', JSON.stringify(v, null, 2));
  }

  route(req: HttpRequest): HttpResponse {
    const parts = req.path.split('/').filter(Boolean);
    const [res, idText, sub] = parts;
    const table = res ? this.data[res] : undefined;
    if (!table || parts.length > 3) return this.json(404, {});
    const q = parseQuery(req.query);
    if (idText === undefined) {
      if (req.method === 'POST') return this.json(201, { ...this.body(req), id: table.length + 1 });
      if (req.method !== 'GET' && req.method !== 'HEAD') return this.json(404, {});
      return this.json(200, table.filter((r) => matches(r, q)));
    }
    const rec = table.find((r) => String(r.id) === idText);
    if (sub !== undefined) {
      const child = this.data[sub];
      const key = PARENT[sub];
      if (!child || !key || !rec || (req.method !== 'GET' && req.method !== 'HEAD')) return this.json(404, {});
      return this.json(200, child.filter((r) => String(r[key]) === idText && matches(r, q)));
    }
    switch (req.method) {
      case 'GET': case 'HEAD':
        return rec ? this.json(200, rec) : this.json(404, {});
      case 'PUT':
        return rec ? this.json(200, { ...this.body(req), id: rec.id }) : this.json(500, {});
      case 'PATCH':
        return rec ? this.json(200, { ...rec, ...this.body(req), id: rec.id }) : this.json(404, {});
      case 'DELETE':
        return this.json(200, {});
      default:
        return this.json(404, {});
    }
  }

  private body(req: HttpRequest): Rec {
    const text = new TextDecoder().decode(req.body);
    try {
      const v = JSON.parse(text) as unknown;
      if (v && typeof v === 'object' && !Array.isArray(v)) return v as Rec;
    } catch {
      // a form body
    }
    const out: Rec = {};
    const form = parseQuery(text);
    for (const k of Object.keys(form)) out[k] = form[k];
    return out;
  }
}

/** jsonplaceholder.typicode.com's site (its host: index.ts). */
export function placeholderSite(): Site {
  const api = new Placeholder();
  return (req) => api.route(req);
}
