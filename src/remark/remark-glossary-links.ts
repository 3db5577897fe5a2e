import type { Link, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { Plugin } from 'unified';

/** What a glossary link needs to know of an entry. */
export interface LinkableTerm {
  id: string;
  term: string;
  aliases: readonly string[];
}

export interface GlossaryLinkOptions {
  entries: readonly LinkableTerm[];
  /** The URL of an entry on the glossary page. */
  termHref?: (id: string) => string;
}

const defaultHref = (id: string) => `/glossary/#${id}`;

/**
 * A remark plugin that links the first mention of each glossary term in a text (by its term or
 * any alias, whole words, any case) to its entry, so a reader who meets "prefrontal cortex" or
 * "BMP signalling" can look it up. Only the first: a paragraph where every other word is a link
 * reads worse than one without. Text already inside a link (a citation) is left alone; the
 * longest name wins where two overlap ("dendritic spines" before "spines").
 */
export const remarkGlossaryLinks: Plugin<[GlossaryLinkOptions], Root> = (options) => {
  const termHref = options.termHref ?? defaultHref;
  const idByName = new Map<string, string>();
  for (const entry of options.entries) {
    for (const name of [entry.term, ...entry.aliases]) if (!idByName.has(nameKey(name))) idByName.set(nameKey(name), entry.id);
  }
  const names = [...idByName.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (names.length === 0) return () => {};
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${names.map(escapeForPattern).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');

  return (tree) => {
    const linked = new Set<string>();
    findAndReplace(
      tree,
      [
        pattern,
        (value: string) => {
          const id = idByName.get(nameKey(value));
          if (id === undefined || linked.has(id)) return false;
          linked.add(id);
          const link: Link = { type: 'link', url: termHref(id), title: null, data: { hProperties: { className: ['glossary-term'] } }, children: [{ type: 'text', value }] };
          return link;
        },
      ],
      { ignore: ['link', 'linkReference', 'heading', 'html', 'inlineCode', 'code'] },
    );
  };
};

/** A name as the lookup keeps it: lowercase, with any run of spaces, line breaks or hyphens as one space. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[\s-]+/gu, ' ');
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/[\s-]+/gu, '[\\s-]+');
}
