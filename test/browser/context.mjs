/** Per-test page and the helpers tests use to type and read the screen. */

export const PROMPT = 'user@linux:~$ ';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A fresh browser context on the page (so a fresh machine), with screen helpers. */
export async function makeContext(browser, url, resultsDir) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 640 } });
  const page = await context.newPage();
  const logs = [];
  page.on('console', (m) => logs.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`[pageerror] ${e.stack ?? e.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.__terrarium !== undefined, null, { timeout: 10_000 });

  const ctx = {
    page,
    logs,
    resultsDir,
    /** Screen text of tab `tab` (default: the active one). */
    screen: (tab) => page.evaluate((t) => window.__terrarium.screenText(t), tab),
    lines: async (tab) => (await ctx.screen(tab)).split('\n'),
    /** Poll until `pred(screenText)` holds; throws with the screen after `timeout` ms. */
    async waitScreen(pred, { timeout = 10_000, tab, what } = {}) {
      const end = Date.now() + timeout;
      let text = '';
      for (;;) {
        text = await ctx.screen(tab);
        if (pred(text)) return text;
        if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what ?? pred}`);
        await sleep(30);
      }
    },
    /** Wait until the last line is a bare prompt and at least `count` prompts are shown. */
    waitPrompt(count = 1, opts = {}) {
      return ctx.waitScreen((s) => {
        const lines = s.split('\n');
        return lines[lines.length - 1] === PROMPT && countPrompts(s) >= count;
      }, { what: `prompt #${count}`, ...opts });
    },
    prompts: async (tab) => countPrompts(await ctx.screen(tab)),
    /** Type a line with real key events (focus on the terminal) and press Enter. */
    async typeLine(text) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    },
    /** Run a command at the prompt; resolves to the lines it printed. */
    async run(command, opts = {}) {
      const before = await ctx.prompts(opts.tab);
      await ctx.typeLine(command);
      const s = await ctx.waitPrompt(before + 1, opts);
      const lines = s.split('\n');
      const at = lines.lastIndexOf(`${PROMPT}${command}`);
      return lines.slice(at + 1, -1);
    },
    close: () => context.close(),
  };
  return ctx;
}

function countPrompts(s) {
  return s.split('\n').filter((l) => l.startsWith(PROMPT)).length;
}
