/**
 * The site's Content-Security-Policy, declared once. Astro writes it into every page as a
 * `<meta http-equiv="content-security-policy">` (astro.config.mjs), adding `script-src` and
 * `style-src` with the hashes of whatever it inlines; `public/_headers` sends it as a real
 * header, with the directives a meta tag cannot carry. The browser tests check both.
 */

/** Directives for every page, besides script-src and style-src, which Astro writes. */
export const pageDirectives = [
  // Nothing from another origin: no fonts, images, scripts or fetches from elsewhere.
  "default-src 'self'",
  "object-src 'none'",
  // A <base> or a form pointing elsewhere would redirect every link or submission.
  "base-uri 'self'",
  "form-action 'self'",
  // The islands write text nodes, never HTML: the browser refuses any HTML-string sink. The
  // one script URL the site builds, the search worker's, goes through the one policy allowed,
  // which passes only our own origin (src/components/search-client.ts).
  "require-trusted-types-for 'script'",
  "trusted-types search-worker",
] as const;

/** Sources for script-src and style-src: our own files, plus the hashes Astro adds for anything it inlines. */
export const ownOrigin = ["'self'"] as const;

/**
 * Directives a browser only honours in a header (in a meta tag it ignores them and logs an
 * error): no other site may frame the pages.
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/**
 * The policy as a header. No page holds an inline script, inline style or style attribute
 * (tests/browser/built-pages.spec.ts checks), so script-src and style-src need no hashes here;
 * where both are sent, the browser enforces both, so the header can only tighten the meta tag.
 */
export const headerPolicy = [...pageDirectives, "script-src 'self'", "style-src 'self'", ...headerOnlyDirectives].join('; ');
