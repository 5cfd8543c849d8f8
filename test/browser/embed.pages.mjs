/**
 * The pages the embed tests load, written next to a copy of dist/: plain HTML that
 * loads ./terrarium-embed.js, with scenarios rendered by the MkDocs hook
 * (tools/mkdocs/terrarium_hook.py, the same markup `terrarium render` writes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const GUIDE = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../shared/guide/networking-daemons.md');

/** Render Markdown through the MkDocs hook; returns the page with elements in place. */
export function hookRender(root, markdown) {
  const script = path.join(root, 'tools/mkdocs/terrarium_hook.py');
  const code = `import sys; sys.path.insert(0, ${JSON.stringify(path.dirname(script))}); import terrarium_hook as h; sys.stdout.write(h.render_markdown(sys.stdin.read()))`;
  return execFileSync('/usr/bin/python3', ['-c', code], { input: markdown, encoding: 'utf8' });
}

/** A fence's YAML as JSON (what the guide site's hook puts in data-config). */
export function yamlToJson(text) {
  const code = 'import sys, json, yaml; sys.stdout.write(json.dumps(yaml.safe_load(sys.stdin.read())))';
  return execFileSync('/usr/bin/python3', ['-c', code], { input: text, encoding: 'utf8' });
}

/** The bodies of the guide's fences of `kind` (terminal, command-builder). */
export function guideFences(kind) {
  if (!existsSync(GUIDE)) return [];
  const out = [];
  const re = new RegExp('^```' + kind + '\\n([\\s\\S]*?)^```$', 'gm');
  for (const m of readFileSync(GUIDE, 'utf8').matchAll(re)) out.push(m[1]);
  return out;
}

const fence = (yaml) => '```terminal\n' + yaml.replace(/\n?$/, '\n') + '```\n';

function page(title, body, { csp = false, before = '', after = '' } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${csp ? `<meta http-equiv="Content-Security-Policy" content="script-src 'self'">` : ''}
<title>${title}</title>
<script type="module" src="./terrarium-embed.js"></script>
</head>
<body>
<h1>${title}</h1>
${before}
${body}
${after}
</body>
</html>
`;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A scenario run by two terminals: a server in one, a client in the other. */
export const TWO_TERMINALS = `title: A server and a client
terminals: 2
steps:
  - command: nc -l 9000
    terminal: 0
    timeout: 1
    narration: The server waits for one connection in the first terminal.
  - command: echo hello-from-two | nc -N localhost 9000
    terminal: 1
    narration: The client in the second terminal sends a line.
  - command: echo back in one
    terminal: 0
    output: back in one
`;

export const MISMATCH = `title: A page that is wrong
steps:
  - command: echo hello
    output: goodbye
  - command: sleep 100
    timeout: 1
    output: ""
`;

/** A step that opens the inspector on the process view. */
export const INSPECT = `title: Inspect
steps:
  - command: echo one
    output: one
  - command: sleep 30 &
    inspect: processes
`;

/** page name -> HTML. */
export function pages(root) {
  const pipes = readFileSync(path.join(root, 'scenarios/pipes.yaml'), 'utf8');
  const attrs = (html, a) => html.replace('<terrarium-terminal ', `<terrarium-terminal ${a} `);
  const rendered = (yaml, a) => attrs(hookRender(root, fence(yaml)).trim(), a);
  const chapter = hookRender(root, guideFences('terminal').map(fence).join('\n'));
  const builders = guideFences('command-builder');
  return {
    'pipes.html': page('Pipes', rendered(pipes, 'id="t" cols="100" rows="20"'),
      { before: '<button id="before">before</button>', after: '<button id="after">after</button>' }),
    'http.html': page('HTTP', rendered(readFileSync(path.join(root, 'scenarios/http.yaml'), 'utf8'), 'id="t" cols="120" rows="30" preload')),
    'slow.html': page('Pipes, typed', rendered(pipes, 'id="t" cols="100" rows="20" speed="1"')),
    'lazy.html': page('Lazy', `<div style="height:3000px">scroll down</div>${rendered(pipes, 'id="t" cols="100"')}`),
    'yaml.html': page('YAML text', `<terrarium-terminal id="t" cols="100" preload>\n${escapeHtml(pipes)}</terrarium-terminal>`),
    'csp.html': page('Strict CSP', rendered(pipes, 'id="t" cols="100" preload'), { csp: true }),
    'fit.html': page('Fitted', rendered(pipes, 'id="t" preload')),
    'two.html': page('Two terminals', rendered(TWO_TERMINALS, 'id="t" cols="60" rows="10" preload')),
    'mismatch.html': page('Mismatch', rendered(MISMATCH, 'id="t" cols="100" preload')),
    'attrs.html': page('Attributes', rendered('title: Read only\nsteps:\n  - command: echo one\n    output: one\n',
      'id="t" readonly theme="light" poster="data:text/plain,Press%20to%20run" rows="8" cols="50"')),
    'inspect.html': page('Inspect', rendered(INSPECT, 'id="t" cols="80" rows="10" preload')),
    'persist.html': page('Persist', rendered('title: Home\nsteps:\n  - command: ls\n', 'id="t" cols="100" preload persist="test-home"')),
    'chapter.html': page('Networking and Daemons', chapter.replace(/<terrarium-terminal /g, '<terrarium-terminal cols="120" ')),
    'runbook.html': page('Runbook loader', [
      `<div class="interactive-terminal" data-config="${escapeHtml(yamlToJson(pipes))}"></div>`,
      ...builders.map((b) => `<div class="command-builder" data-config="${escapeHtml(yamlToJson(b))}"></div>`),
    ].join('\n')),
  };
}
