import type { ElementContent } from 'hast';
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { hedgeLabels, speciesBasisWarning, speciesLabels } from '../labels/vocabulary-labels.ts';
import type { HedgeLevel, Species, SpeciesBasis } from '../schemas/vocabulary.ts';

/**
 * A remark plugin that turns citations written as `[@claim-id]` or `[@one; @two]` into
 * links to the claims' pages, each showing the claim's species and hedge level. A citation
 * to a claim that does not exist fails the build, with the file, line and column.
 */

/** What a citation needs to know about the claim it points to. */
export interface CitableClaim {
  id: string;
  text: string;
  species: Species;
  speciesBasis: SpeciesBasis;
  hedge: HedgeLevel;
}

/** One citation as it stands in the text: its number (from 1, in reading order) and its claim. */
export interface Citation {
  number: number;
  claimId: string;
}

export interface ClaimCitationOptions {
  claims: ReadonlyMap<string, CitableClaim>;
  /** The URL of a claim's page. */
  claimHref?: (id: string) => string;
}

declare module 'vfile' {
  interface DataMap {
    /** Every citation the plugin resolved, in reading order. */
    citations: Citation[];
  }
}

/** `[@id]` or `[@id; @id, @id]`; ids are the claim id alphabet. */
const citationPattern = /\[@([a-z0-9-]+)((?:\s*[;,]\s*@[a-z0-9-]+)*)\]/g;
/** Anything that starts like a citation, to catch malformed ones instead of printing them. */
const looksLikeCitation = /\[@/;

const defaultHref = (id: string) => `/claims/${id}/`;

export const remarkClaimCitations: Plugin<[ClaimCitationOptions], Root> = (options) => {
  const claimHref = options.claimHref ?? defaultHref;
  return (tree, file: VFile) => {
    const citations: Citation[] = [];
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (parent === undefined || index === undefined) return;
      if (!looksLikeCitation.test(node.value)) return;
      const replacement: PhrasingContent[] = [];
      let position = 0;
      let takesPrevious = false;
      for (const match of node.value.matchAll(citationPattern)) {
        // The word before a citation and the punctuation after it stay on its line: a citation
        // never opens a line alone, and no line opens with its comma.
        const atNodeStart = position === 0;
        const before = node.value.slice(position, match.index);
        const word = /\S*\s*$/u.exec(before)![0];
        if (before.length > word.length) replacement.push({ type: 'text', value: before.slice(0, before.length - word.length) });
        const ids = [match[1]!, ...[...match[2]!.matchAll(/@([a-z0-9-]+)/g)].map((found) => found[1]!)];
        const links = ids.map((id) => {
          const claim = options.claims.get(id);
          if (claim === undefined) {
            file.fail(`${where(file, node)}: citation to a claim that does not exist: "${id}". Check the id on the claim's page (/claims/<id>/).`, node);
          }
          const number = citations.length + 1;
          citations.push({ number, claimId: id });
          return citationNode(claim, number, claimHref(id));
        });
        position = match.index + match[0].length;
        const punctuation = /^[,.;:!?)\]”’"']*/u.exec(node.value.slice(position))![0];
        position += punctuation.length;
        // Several citations in one bracket may wrap between them: held together they overflow a phone's line.
        // A citation right after a link (a glossary term) takes the link into its run instead of a word.
        const previous = atNodeStart && word.trim() === '' && index > 0 ? parent.children[index - 1] : undefined;
        const heldBefore = previous !== undefined && previous.type === 'link' ? [previous as PhrasingContent] : [];
        if (heldBefore.length > 0) takesPrevious = true;
        const opening: PhrasingContent[] = [...heldBefore, ...(word === '' ? [] : [{ type: 'text' as const, value: word }]), links[0]!];
        const closing: PhrasingContent[] = punctuation === '' ? [] : [{ type: 'text', value: punctuation }];
        if (links.length === 1) replacement.push(citationRun([...opening, ...closing]));
        else replacement.push(citationRun(opening), ...links.slice(1, -1), citationRun([links.at(-1)!, ...closing]));
      }
      const rest = node.value.slice(position);
      if (looksLikeCitation.test(rest)) {
        file.fail(`${where(file, node)}: a citation is malformed near "${rest.slice(rest.indexOf('[@'), rest.indexOf('[@') + 40)}": write [@claim-id] or [@one; @two].`, node);
      }
      if (rest !== '') replacement.push({ type: 'text', value: rest });
      const start = takesPrevious ? index - 1 : index;
      parent.children.splice(start, takesPrevious ? 2 : 1, ...(replacement as typeof parent.children));
      return [SKIP, start + replacement.length];
    });
    file.data.citations = citations;
  };
};

/**
 * "file:line:column" for a node. The message carries the place too, but Astro prints only
 * the message's text, and an editor needs to know where to look.
 */
function where(file: VFile, node: Text): string {
  const start = node.position?.start;
  return `${file.path ?? 'summary'}:${start?.line ?? '?'}:${start?.column ?? '?'}`;
}

/** Nodes that must not break across lines (a citation with the word before it or the punctuation after it), in one span. */
function citationRun(children: PhrasingContent[]): PhrasingContent {
  // An emphasis node renamed: remark-rehype renders its children and takes the element's name from hName.
  return { type: 'emphasis', children, data: { hName: 'span', hProperties: { className: ['cite-run'] } } } as PhrasingContent;
}

/** An mdast node that remark-rehype turns into the citation's link, badges included. */
function citationNode(claim: CitableClaim, number: number, href: string): PhrasingContent {
  const species = speciesLabels[claim.species].label;
  const hedge = hedgeLabels[claim.hedge].label;
  const fromStudy = claim.speciesBasis === 'study';
  const label = `Claim ${number}: ${species}${fromStudy ? ' (from study metadata only)' : ''}, ${hedge.toLowerCase()}`;
  const hidden = (value: string): ElementContent => ({
    type: 'element',
    tagName: 'span',
    properties: { className: ['visually-hidden'] },
    children: [{ type: 'text', value }],
  });
  const children: ElementContent[] = [
    hidden('Claim '),
    { type: 'element', tagName: 'span', properties: { className: ['cite-number'] }, children: [{ type: 'text', value: String(number) }] },
    hidden(': '),
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['badge', 'badge-species'], dataSpecies: claim.species, dataBasis: claim.speciesBasis },
      children: [{ type: 'text', value: fromStudy ? `⚠ ${species}` : species }],
    },
    ...(fromStudy ? [hidden(' (species from study metadata only)')] : []),
    hidden(', '),
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['badge', 'badge-hedge'], dataHedge: claim.hedge },
      children: [{ type: 'text', value: hedge }],
    },
  ];
  const title = fromStudy ? `${claim.text} (${speciesBasisWarning(claim.species)})` : claim.text;
  // A link node with hast data: remark-rehype keeps the element and our children.
  return {
    type: 'link',
    url: href,
    children: [{ type: 'text', value: label }],
    data: {
      hName: 'a',
      hProperties: { className: ['cite'], id: `cite-${number}`, href, title, dataClaim: claim.id },
      hChildren: children,
    },
  };
}
