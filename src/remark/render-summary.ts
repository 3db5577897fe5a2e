import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkClaimCitations, type CitableClaim, type Citation } from './remark-claim-citations.ts';

/** The summary as HTML, and the citations in it, for the home page and the claims' back-links. */
export interface RenderedSummary {
  html: string;
  citations: Citation[];
}

/**
 * Render the summary's markdown with its citations resolved. Throws (failing the build)
 * on a citation to a missing claim; the error names the file, line and column.
 */
export async function renderSummary(
  markdown: string,
  claims: ReadonlyMap<string, CitableClaim>,
  path = 'content/summary.md',
): Promise<RenderedSummary> {
  const file = new VFile({ value: markdown, path });
  const result = await unified()
    .use(remarkParse)
    .use(remarkClaimCitations, { claims })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return { html: String(result), citations: result.data.citations ?? [] };
}
