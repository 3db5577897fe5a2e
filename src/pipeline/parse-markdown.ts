import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse);

/** The markdown syntax tree of a source body; positions are offsets into the body. */
export function parseMarkdown(body: string): Root {
  return processor.parse(body);
}
