import { segmentText, type Range } from '../search/text-ranges.ts';

/** Replace an element's content with text and <mark>s along the ranges; text nodes only, never HTML. */
export function renderHighlighted(element: Element, text: string, ranges: readonly Range[]): void {
  const fragment = element.ownerDocument.createDocumentFragment();
  for (const segment of segmentText(text, ranges)) {
    if (segment.marked) {
      const mark = element.ownerDocument.createElement('mark');
      mark.textContent = segment.text;
      fragment.append(mark);
    } else fragment.append(segment.text);
  }
  element.replaceChildren(fragment);
}
