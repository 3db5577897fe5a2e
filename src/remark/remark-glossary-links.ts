import type { Link, Root } from 'mdast';
import { findAndReplace, type ReplaceFunction } from 'mdast-util-find-and-replace';
import type { Plugin } from 'unified';
import type { GlossaryEntry } from '../labels/glossary.ts';

/** What a glossary link needs to know of an entry. */
export type LinkableTerm = Pick<GlossaryEntry, 'id' | 'term' | 'aliases'>;

export interface GlossaryLinkOptions {
  entries: readonly LinkableTerm[];
  /** The URL of an entry on the glossary page. */
  termHref?: (id: string) => string;
}

const defaultHref = (id: string) => `/glossary/#${id}`;

/**
 * A remark plugin that links the first mention of each glossary term in a text to its entry,
 * so a reader who meets "prefrontal cortex" or "BMP signalling" can look it up. Only the first:
 * a paragraph where every other word is a link reads worse than one without. A term is found
 * by its name or a longer alias in any case ("Dendritic spines", "connections between
 * neurons"), or by an abbreviation as written ("PFC", "PET", never "pet"); single-word aliases
 * ("spine", "recovery", "circuit") are spellings for the topic tagger, too common to link.
 * Whole words only; never inside a link or a heading, nor inside a citation still written
 * `[@id]`, so it runs before the citations are resolved. The longest name wins where two
 * overlap ("dendritic spines" before "spines").
 */
export const remarkGlossaryLinks: Plugin<[GlossaryLinkOptions], Root> = (options) => {
  const termHref = options.termHref ?? defaultHref;
  const idByName = new Map<string, string>();
  const idByAbbreviation = new Map<string, string>();
  for (const entry of options.entries) {
    for (const name of [entry.term, ...entry.aliases]) {
      if (isAbbreviation(name)) {
        if (!idByAbbreviation.has(name)) idByAbbreviation.set(name, entry.id);
      } else if ((name === entry.term || /\s/u.test(name)) && !idByName.has(nameKey(name))) idByName.set(nameKey(name), entry.id);
    }
  }

  return (tree) => {
    const linked = new Set<string>();
    const linkTo =
      (idOf: (value: string) => string | undefined): ReplaceFunction =>
      (value: string) => {
        const id = idOf(value);
        if (id === undefined || linked.has(id)) return false;
        linked.add(id);
        const link: Link = { type: 'link', url: termHref(id), title: null, data: { hProperties: { className: ['glossary-term'] } }, children: [{ type: 'text', value }] };
        return link;
      };
    const replacements: [RegExp, ReplaceFunction][] = [];
    if (idByName.size > 0) replacements.push([wholeWords([...idByName.keys()], 'giu'), linkTo((value) => idByName.get(nameKey(value)))]);
    if (idByAbbreviation.size > 0) replacements.push([wholeWords([...idByAbbreviation.keys()], 'gu'), linkTo((value) => idByAbbreviation.get(value))]);
    if (replacements.length > 0) findAndReplace(tree, replacements, { ignore: ['link', 'linkReference', 'heading', 'html', 'inlineCode', 'code'] });
  };
};

/** A name written in capitals and digits ("PFC", "SV2A", "fMRI" is not one): matched as written. */
function isAbbreviation(name: string): boolean {
  return /^[\p{Lu}\p{N}-]{2,}$/u.test(name) && /\p{Lu}/u.test(name);
}

/** A name as the lookup keeps it: lowercase, with any run of spaces, line breaks or hyphens as one space. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[\s-]+/gu, ' ');
}

/** Any of the names as whole words, longest first; not after "@" or "-", so a citation's id never matches. */
function wholeWords(names: readonly string[], flags: string): RegExp {
  const alternatives = [...names].sort((a, b) => b.length - a.length || a.localeCompare(b)).map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/[\s-]+/gu, '[\\s-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}@-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, flags);
}
