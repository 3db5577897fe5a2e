/** A piece of a citation: plain text, or a DOI it names, with the address that resolves it. */
export type CitationSegment = { text: string } | { text: string; doi: string; href: string };

/**
 * A DOI as citations write it ("doi:10.1038/s41467-022-30386-5", "https://doi.org/10.…"): the
 * 10. prefix, a registrant code, a slash and a suffix up to white space.
 */
const DOI = /(?:\bdoi:\s?|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\d{4,9}\/\S+)/giu;
/** What may close the sentence around a DOI rather than belong to it. */
const TRAILING_PUNCTUATION = /[)\].,;:!?'"”’»>…]+$/u;
const CLOSING_BRACKETS: Readonly<Record<string, string>> = { ')': '(', ']': '[' };

/**
 * The address that resolves a DOI: each part of its path encoded, as a suffix may hold "#" or
 * "?"; a part a citation already wrote encoded ("%28SICI%29") is decoded first, so it is not
 * encoded twice.
 */
export function doiAddress(doi: string): string {
  return `https://doi.org/${doi
    .split('/')
    .map((part) => encodeURIComponent(decodedOrAsIs(part)))
    .join('/')}`;
}

function decodedOrAsIs(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    // A lone "%" is part of the DOI, not an escape.
    return part;
  }
}

/**
 * A citation cut into text and the DOIs it names, so a page can link them; the segments'
 * texts joined are the citation unchanged. A closing bracket the DOI itself opened
 * ("10.1002/(SICI)…") stays in it; other closing punctuation is left to the sentence, and a
 * DOI with nothing after its slash once that is gone stays text.
 */
export function citationSegments(citation: string): CitationSegment[] {
  const segments: CitationSegment[] = [];
  let position = 0;
  for (const match of citation.matchAll(DOI)) {
    const found = match[1]!;
    let trailing = TRAILING_PUNCTUATION.exec(found)?.[0] ?? '';
    // Give back closing brackets the DOI opened, from the first of the trailing run.
    while (trailing.length > 0 && trailing[0]! in CLOSING_BRACKETS && opensMore(found.slice(0, found.length - trailing.length), trailing[0]!)) trailing = trailing.slice(1);
    const doi = found.slice(0, found.length - trailing.length);
    if (doi.indexOf('/') === doi.length - 1) continue;
    const start = match.index;
    const end = start + match[0].length - trailing.length;
    if (start > position) segments.push({ text: citation.slice(position, start) });
    segments.push({ text: citation.slice(start, end), doi, href: doiAddress(doi) });
    position = end;
  }
  if (position < citation.length) segments.push({ text: citation.slice(position) });
  return segments;
}

/** Whether `text` opens more of the bracket that `closing` closes than it closes. */
function opensMore(text: string, closing: string): boolean {
  const opening = CLOSING_BRACKETS[closing]!;
  return text.split(opening).length > text.split(closing).length;
}
