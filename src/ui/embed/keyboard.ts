/**
 * The way out of a terminal for keyboard users: xterm.js keeps Tab for the shell
 * (completion), so Escape followed by Tab moves focus to the next control of the page,
 * and Escape then Shift+Tab to the previous one. An Escape followed by any other key
 * reaches the shell as usual, just before that key.
 */

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), summary';

/** Move focus to the focusable element after (or before) `from` in document order, outside `skip`. */
export function focusNeighbour(from: Element, skip: Element, backwards: boolean): boolean {
  const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)]
    .filter((el) => !skip.contains(el) && !el.contains(from) && !el.closest('[hidden], [inert]') && el.getClientRects().length > 0);
  const after = (el: Element): boolean => (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const target = backwards ? all.filter((el) => !after(el)).pop() : all.find(after);
  if (!target) return false;
  target.focus();
  return true;
}

/**
 * A key filter for one terminal (see TerminalView's `keyFilter`): `send` delivers a
 * held-back Escape to the shell; `container` is the terminal's element.
 */
export function escapeThenTab(container: () => HTMLElement, send: (data: string) => void): (e: KeyboardEvent) => boolean {
  let pending = false;
  return (e: KeyboardEvent): boolean => {
    if (e.type !== 'keydown') return !(pending && e.key === 'Tab');
    if (e.key === 'Escape' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      if (pending) send('\x1b');
      pending = true;
      return false;
    }
    if (!pending || ['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return true;
    pending = false;
    if (e.key === 'Tab') {
      e.preventDefault();
      const box = container();
      focusNeighbour(box, box, e.shiftKey);
      return false;
    }
    send('\x1b');
    return true;
  };
}
