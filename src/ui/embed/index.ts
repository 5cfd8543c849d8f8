/// <reference types="vite/client" />
/**
 * The embed bundle (terrarium-embed.js): load it as a module script and every
 * `<terrarium-terminal>` and `<terrarium-command-builder>` of the page comes alive;
 * `window.RunbookComponents` serves the guide site's loader contract. Styles are
 * adopted as constructed style sheets (no <style> element, so a strict CSP is fine).
 */
import './prewarm.ts';
import xtermCss from '@xterm/xterm/css/xterm.css?inline';
import embedCss from './embed.css?inline';
import { defineTerrariumTerminal } from './element.ts';
import { defineTerrariumCommandBuilder } from '../command-builder/element.ts';
import { installRunbookComponents } from './runbook.ts';

function adoptStyles(): void {
  const flag = '__terrariumStyles';
  const d = document as Document & { [flag]?: boolean };
  if (d[flag]) return;
  d[flag] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${xtermCss}\n${embedCss}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

adoptStyles();
defineTerrariumTerminal();
defineTerrariumCommandBuilder();
installRunbookComponents();
