import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { renderMarkdown, renderScenario } from './render.ts';
import { parseScenario } from './format.ts';

const GUIDE = '../shared/guide/networking-daemons.md';

describe('render', () => {
  it('puts the transcript in the light DOM and the scenario as inert JSON', () => {
    const s = parseScenario('title: A <b>demo</b>\nsteps:\n  - command: echo "</script>"\n    output: "</script>"\n', 'x.yaml');
    expect(renderScenario(s)).toBe([
      '<terrarium-terminal aria-label="A &lt;b&gt;demo&lt;/b&gt;">',
      '<script type="application/json" class="terrarium-scenario">{"title":"A \\u003cb>demo\\u003c/b>","steps":[{"command":"echo \\"\\u003c/script>\\"","output":"\\u003c/script>"}]}</script>',
      '<figure class="terrarium-static"><figcaption>A &lt;b&gt;demo&lt;/b&gt;</figcaption>',
      '<pre class="terrarium-transcript"><span class="terrarium-prompt">user@linux:~$ </span><kbd class="terrarium-command">echo &quot;&lt;/script&gt;&quot;</kbd>',
      '<samp class="terrarium-output">&lt;/script&gt;</samp></pre></figure>',
      '</terrarium-terminal>',
    ].join('\n'));
  });

  it('the MkDocs hook renders the guide page exactly as terrarium render does', () => {
    const md = readFileSync(GUIDE, 'utf8');
    const ours = renderMarkdown(md, GUIDE);
    const py = execFileSync('/usr/bin/python3', ['tools/mkdocs/terrarium_hook.py', GUIDE], { encoding: 'utf8' });
    expect(py).toBe(ours);
    expect(ours.match(/<terrarium-terminal /g)?.length).toBe(2);
    expect(ours).not.toContain('```terminal');
    expect(ours.match(/<terrarium-command-builder>/g)?.length).toBe(1);
  });
});
