/** A piece of a citation: plain text, or a DOI it names, to link to https://doi.org/. */
export type CitationSegment = { text: string } | { text: string; doi: string };

/**
 * A DOI as citations write it ("doi:10.1038/s41467-022-30386-5", "https://doi.org/10.…"): the
 * 10. prefix, a registrant code, a slash and a suffix up to white space. A closing bracket,
 * full stop, comma or semicolon at the end belongs to the sentence, not the DOI.
 */
const DOI = /(?:\bdoi:\s?|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\d{4,9}\/\S+)/giu;
const TRAILING_PUNCTUATION = /[).,;:]+$/u;

/**
 * A citation cut into text and the DOIs it names, so a page can link them; the segments'
 * texts joined are the citation unchanged. A bracket the DOI itself opens ("10.1002/(SICI)…")
 * keeps its closing bracket.
 */
export function citationSegments(citation: string): CitationSegment[] {
  const segments: CitationSegment[] = [];
  let position = 0;
  for (const match of citation.matchAll(DOI)) {
    let doi = match[1]!;
    let trailing = TRAILING_PUNCTUATION.exec(doi)?.[0] ?? '';
    while (trailing.startsWith(')') && count(doi.slice(0, doi.length - trailing.length), '(') > count(doi.slice(0, doi.length - trailing.length), ')')) {
      trailing = trailing.slice(1);
    }
    doi = doi.slice(0, doi.length - trailing.length);
    const start = match.index;
    const end = start + match[0].length - trailing.length;
    if (start > position) segments.push({ text: citation.slice(position, start) });
    segments.push({ text: citation.slice(start, end), doi });
    position = end;
  }
  if (position < citation.length) segments.push({ text: citation.slice(position) });
  return segments;
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
