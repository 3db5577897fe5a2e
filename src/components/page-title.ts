/**
 * A page's `<title>`: the page's own title, then the site's name, in at most `maxLength`
 * characters (html-validate's long-title limit, about what a search result or a tab shows).
 * A long page title is cut at a word and marked with "…"; the site's name is always whole.
 */
export function pageTitle(title: string, siteName: string, maxLength = 70): string {
  const suffix = ` · ${siteName}`;
  const room = maxLength - suffix.length;
  const clean = title.replace(/\s+/gu, ' ').trim();
  if (clean.length <= room) return `${clean}${suffix}`;
  // Cut by code point so an emoji or an astral letter is never split in half.
  let cut = '';
  for (const character of clean) {
    if (cut.length + character.length > room - 1) break;
    cut += character;
  }
  const atWord = cut.replace(/\s+\S*$/u, '');
  const kept = (atWord.length >= room / 2 ? atWord : cut).replace(/[\s,;:.…-]+$/u, '');
  return `${kept}…${suffix}`;
}
