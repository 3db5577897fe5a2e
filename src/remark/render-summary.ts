import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkClaimCitations, type CitableClaim, type Citation } from './remark-claim-citations.ts';
import { remarkGlossaryLinks, type LinkableTerm } from './remark-glossary-links.ts';

/** The summary as HTML, and the citations in it, for the home page and the claims' back-links. */
export interface RenderedSummary {
  html: string;
  citations: Citation[];
}

/**
 * Render the summary's markdown with its citations resolved and the first mention of each
 * glossary term linked to its entry. Throws (failing the build) on a citation to a missing
 * claim; the error names the file, line and column.
 */
export async function renderSummary(
  markdown: string,
  claims: ReadonlyMap<string, CitableClaim>,
  glossary: readonly LinkableTerm[] = [],
  path = 'content/summary.md',
): Promise<RenderedSummary> {
  const file = new VFile({ value: markdown, path });
  const result = await unified()
    .use(remarkParse)
    // Terms first: a term just before a citation is then linked whole, and the citation keeps
    // the link beside it on its line.
    .use(remarkGlossaryLinks, { entries: glossary })
    .use(remarkClaimCitations, { claims })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return { html: String(result), citations: result.data.citations ?? [] };
}
