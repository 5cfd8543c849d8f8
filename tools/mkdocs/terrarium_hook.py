"""MkDocs hook: turn ```terminal fences into <terrarium-terminal> elements.

Add to mkdocs.yml:

    hooks:
      - tools/mkdocs/terrarium_hook.py
    extra_javascript:
      - path: assets/terrarium/terrarium-embed.js
        type: module

Each fence becomes the same HTML `terrarium render` writes: the transcript
(commands and expected outputs) in the page itself, for readers without
JavaScript and for search engines, plus the scenario as JSON for the
element to run. A fence whose YAML is malformed stops the build with the
page, block and line.
"""
import html
import json
import re

import yaml

DEFAULT_PROMPT = "user@linux:~$ "
FENCE = re.compile(r"^(`{3,})([\w-]*)\s*$")


class TerrariumError(Exception):
    pass


def find_fences(markdown, info_word="terminal"):
    lines = markdown.split("\n")
    out = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info = m.group(1), m.group(2)
        j = i + 1
        while j < len(lines) and lines[j] != fence:
            j += 1
        if info == info_word:
            out.append((i, j, "\n".join(lines[i + 1:j])))
        i = j + 1
    return out


def _script_json(value):
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _esc(s):
    return html.escape(s, quote=True).replace("&#x27;", "'")


TOP_ORDER = ("prompt", "description", "files", "setup", "terminals", "hosts")
STEP_ORDER = ("command", "output", "narration", "terminal", "timeout", "expect", "inspect")


def scenario_data(data):
    out = {"title": data.get("title", data.get("scenario"))}
    for key in TOP_ORDER:
        if data.get(key) is not None:
            out[key] = data[key]
    out["steps"] = [{k: s[k] for k in STEP_ORDER if s.get(k) is not None} for s in data.get("steps") or []]
    return out


def render_scenario(data):
    prompt = data.get("prompt") or DEFAULT_PROMPT
    title = data.get("title", data.get("scenario"))
    lines = []
    for step in data.get("steps") or []:
        lines.append('<span class="terrarium-prompt">%s</span><kbd class="terrarium-command">%s</kbd>'
                     % (_esc(prompt), _esc(step["command"])))
        if step.get("output"):
            lines.append('<samp class="terrarium-output">%s</samp>' % _esc(step["output"].rstrip("\n")))
    return "\n".join([
        '<terrarium-terminal aria-label="%s">' % _esc(title),
        '<script type="application/json" class="terrarium-scenario">%s</script>' % _script_json(scenario_data(data)),
        '<figure class="terrarium-static"><figcaption>%s</figcaption>' % _esc(title),
        '<pre class="terrarium-transcript">%s</pre></figure>' % "\n".join(lines),
        "</terrarium-terminal>",
    ])


def render_command_builder(body, page_name, line):
    try:
        data = yaml.safe_load(body)
    except yaml.YAMLError as e:
        raise TerrariumError("%s:%d: invalid YAML in command-builder block: %s"
                             % (page_name, line, getattr(e, "problem", str(e))))
    return "\n".join([
        "<terrarium-command-builder>",
        '<script type="application/json" class="terrarium-command-builder">%s</script>' % _script_json(data),
        "</terrarium-command-builder>",
    ])


def render_markdown(markdown, page_name="page.md"):
    terminals = [(o, c, b, "terminal", i) for i, (o, c, b) in enumerate(find_fences(markdown), start=1)]
    builders = [(o, c, b, "command-builder", 0) for (o, c, b) in find_fences(markdown, "command-builder")]
    fences = sorted(terminals + builders)
    if not fences:
        return markdown
    lines = markdown.split("\n")
    out = []
    pos = 0
    for open_line, close_line, body, kind, index in fences:
        out.extend(lines[pos:open_line])
        if kind == "command-builder":
            out.append(render_command_builder(body, page_name, open_line + 2))
            pos = close_line + 1
            continue
        try:
            data = yaml.safe_load(body)
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            line = open_line + 2 + (mark.line if mark else 0)
            raise TerrariumError("%s:%d: invalid YAML in terminal block %d: %s"
                                 % (page_name, line, index, getattr(e, "problem", str(e))))
        if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
            raise TerrariumError("%s:%d: terminal block %d needs a title and a list of steps"
                                 % (page_name, open_line + 2, index))
        out.append(render_scenario(data))
        pos = close_line + 1
    out.extend(lines[pos:])
    return "\n".join(out)


def on_page_markdown(markdown, page, config, files):
    name = getattr(getattr(page, "file", None), "src_path", "page.md")
    return render_markdown(markdown, name)


if __name__ == "__main__":
    import sys
    src = open(sys.argv[1], encoding="utf-8").read()
    sys.stdout.write(render_markdown(src, sys.argv[1]))
