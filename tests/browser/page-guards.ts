import type { Page } from '@playwright/test';
import { pageDirectives } from '../../src/security/content-security-policy.ts';

/**
 * What no page may do, whatever its sources hold, checked the same way by the crawl, the CSP
 * tests and the hostile-source tests: log an error, throw, open a dialog, break the
 * Content-Security-Policy, let a payload set `window.__pwned`, or hold markup that could run
 * or leak (inline script or style, event-handler attributes, script URLs, foreign frames,
 * external links without rel="noopener noreferrer").
 */

declare global {
  interface Window {
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

/**
 * Start watching a page, before its first navigation: console errors, page errors, dialogs,
 * and (through an init script, which no CSP can block) every securitypolicyviolation event.
 * `where` names the page in messages. Returns the list the problems are pushed to.
 */
export async function watchPage(page: Page, where: () => string): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    const violations: string[] = [];
    window.__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline code'}${event.sample ? ` (${event.sample})` : ''}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${where()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${where()}: page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`${where()}: a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

/** What is wrong with the page as it stands: its DOM, its CSP meta tag, its recorded violations and payload marks. */
export async function auditPage(page: Page): Promise<string[]> {
  const found = await page.evaluate(auditDocument);
  const where = new URL(page.url()).pathname;
  const problems = found.problems.map((problem) => `${where}: ${problem}`);
  if (found.policy === null) problems.push(`${where}: no Content-Security-Policy meta tag`);
  else {
    const directives = found.policy.split(';').map((directive) => directive.trim().replace(/\s+/gu, ' '));
    for (const expected of pageDirectives) if (!directives.includes(expected)) problems.push(`${where}: the CSP meta tag lacks "${expected}"`);
    for (const name of ['script-src', 'style-src']) {
      const directive = directives.find((candidate) => candidate.startsWith(`${name} `));
      if (directive === undefined) problems.push(`${where}: the CSP meta tag has no ${name}`);
      else if (/'unsafe-(inline|eval|hashes)'|\*|https?:|data:/u.test(directive)) problems.push(`${where}: the CSP's ${directive.split(' ')[0]} allows more than our own files: ${directive}`);
    }
  }
  return problems;
}

/** Runs in the page: collects what is wrong with the document. Self-contained, for page.evaluate. */
function auditDocument(): { problems: string[]; policy: string | null } {
  const problems: string[] = [];
  const name = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? ` id="${element.id}"` : ''}>`;
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'codebase', 'cite'];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) problems.push(`${name(element)} has an event handler attribute ${attribute.name}`);
      if (attribute.name === 'style') problems.push(`${name(element)} has a style attribute (the CSP refuses it)`);
      if (attribute.name === 'srcdoc') problems.push(`${name(element)} has a srcdoc attribute`);
      if (urlAttributes.includes(attribute.name) && /^[\s\u0000-\u001f]*(javascript|vbscript|data):/iu.test(attribute.value)) {
        problems.push(`${name(element)} has a ${attribute.name} that runs code: ${attribute.value.slice(0, 60)}`);
      }
    }
  }
  for (const script of document.scripts) {
    const source = script.getAttribute('src');
    if (source === null || script.textContent?.trim()) problems.push(`an inline <script>: ${script.textContent?.slice(0, 60)}`);
    else if (new URL(source, location.href).origin !== location.origin || !new URL(source, location.href).pathname.startsWith('/_astro/')) problems.push(`a script from elsewhere: ${source}`);
  }
  for (const style of document.querySelectorAll('style')) problems.push(`an inline <style>: ${style.textContent?.slice(0, 60)}`);
  for (const element of document.querySelectorAll('iframe, frame, frameset, object, embed, applet, base, img, video, audio, portal, meta[http-equiv="refresh" i]')) {
    problems.push(`an element the site never uses: ${name(element)}`);
  }
  for (const link of document.querySelectorAll('link')) {
    if (new URL(link.href, location.href).origin !== location.origin) problems.push(`a <link rel="${link.rel}"> to another origin: ${link.href}`);
  }
  for (const form of document.forms) {
    if (new URL(form.action, location.href).origin !== location.origin) problems.push(`a form that submits elsewhere: ${form.action}`);
  }
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = new URL(anchor.getAttribute('href')!, location.href);
    if (url.protocol.startsWith('http') && url.origin !== location.origin && !(anchor.relList.contains('noopener') && anchor.relList.contains('noreferrer'))) {
      problems.push(`a link to ${url.origin} without rel="noopener noreferrer": ${name(anchor)} rel="${anchor.getAttribute('rel') ?? ''}"`);
    }
  }
  if (document.title.length > 70) problems.push(`the title is ${document.title.length} characters, more than 70: ${document.title}`);
  if (window.__pwned !== undefined) problems.push(`a payload ran: window.__pwned = ${JSON.stringify(window.__pwned)}`);
  for (const violation of window.__cspViolations ?? []) problems.push(`CSP violation: ${violation}`);
  const policy = document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? null;
  return { problems, policy };
}
