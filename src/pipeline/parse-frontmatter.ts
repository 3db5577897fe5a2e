import { isMap, isNode, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { SourceFrontmatterSchema, type SourceFrontmatter } from '../schemas/source.ts';
import { SourceError, placeOf } from './source-error.ts';

/** A source file split into its validated citation and its body, with the body's offset in the file. */
export interface ParsedSourceFile {
  frontmatter: SourceFrontmatter;
  body: string;
  /** UTF-16 offset of the body's first character in the file. */
  bodyStart: number;
}

const FENCE = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING_FENCE = /^---[ \t]*(?:\r?\n|$)/m;

/**
 * Splits `---` fenced YAML frontmatter from the body and validates it against the source
 * schema. Every fault names the line to fix: no frontmatter, YAML that does not parse, a
 * missing or unknown field, a value of the wrong form, an empty body.
 */
export function parseFrontmatter(text: string, file: string): ParsedSourceFile {
  const opening = FENCE.exec(text);
  if (!opening) {
    throw new SourceError({
      file,
      place: { line: 1, column: 1 },
      reason: 'the file has no frontmatter',
      fix: 'start the file with a line "---", then the citation fields (title, titleIsEditorial, outlet, url, published, kind, description, studies, sections), then another "---" line, then the document text',
      ruleId: 'frontmatter-missing',
    });
  }
  const yamlStart = opening[0].length;
  const rest = text.slice(yamlStart);
  const closing = CLOSING_FENCE.exec(rest);
  if (!closing) {
    throw new SourceError({
      file,
      place: { line: 1, column: 1 },
      reason: 'the frontmatter is never closed',
      fix: 'add a line "---" after the last citation field, before the document text',
      ruleId: 'frontmatter-unclosed',
    });
  }
  const yamlText = rest.slice(0, closing.index);
  const bodyStart = yamlStart + closing.index + closing[0].length;
  const body = text.slice(bodyStart);
  const lineOffset = placeOf(text, yamlStart).line - 1;

  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const position = lineCounter.linePos(yamlError.pos[0]);
    throw new SourceError({
      file,
      place: { line: position.line + lineOffset, column: position.col },
      reason: `the frontmatter is not valid YAML (${yamlError.code}: ${firstLine(yamlError.message)})`,
      fix: 'check the quoting and indentation on that line; quote values that contain ": " or start with a quote mark',
      ruleId: 'frontmatter-yaml',
    });
  }

  const data: unknown = document.toJS() ?? {};
  const result = SourceFrontmatterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const place = placeOfIssue(document, lineCounter, issue, yamlText) ;
    throw new SourceError({
      file,
      place: { line: place.line + lineOffset, column: place.column },
      reason: describeIssue(issue, isMissing(data, issue)),
      fix: fixFor(issue, isMissing(data, issue)),
      ruleId: 'frontmatter-schema',
    });
  }

  if (body.trim().length === 0) {
    throw new SourceError({
      file,
      place: placeOf(text, bodyStart),
      reason: 'the body is empty',
      fix: 'paste the document text, unchanged, below the closing "---" of the frontmatter',
      ruleId: 'body-empty',
    });
  }

  return { frontmatter: result.data, body, bodyStart };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

type Issue = z.core.$ZodIssue;

function pathText(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

/** Whether an issue is about a field that is absent (rather than present with a bad value). */
function isMissing(data: unknown, issue: Issue): boolean {
  if (issue.code !== 'invalid_type') return false;
  let node: unknown = data;
  for (const key of issue.path) {
    if (node === null || typeof node !== 'object' || !(String(key) in node)) return true;
    node = (node as Record<string, unknown>)[String(key)];
  }
  return false;
}

function describeIssue(issue: Issue, missing: boolean): string {
  const where = pathText(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const prefix = where ? `${where}: ` : '';
    return `${prefix}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  }
  if (missing) return `missing field "${where}"`;
  if (issue.code === 'invalid_value') return `field "${where}" has a value that is not allowed`;
  return `field "${where}": ${issue.message}`;
}

function fixFor(issue: Issue, missing: boolean): string {
  if (issue.code === 'unrecognized_keys') {
    return 'remove it or correct its spelling; the fields are listed in README.md under "Adding a source"';
  }
  if (missing) {
    return `add "${String(issue.path.at(-1))}:" (leave the value empty if it is not known; never guess)`;
  }
  if (issue.code === 'invalid_value') {
    return `use one of: ${issue.values.map(String).join(', ')}`;
  }
  return 'correct the value on that line';
}

/** The line of the YAML node an issue is about: the offending key for unknown fields, else the value. */
function placeOfIssue(document: Document, lineCounter: LineCounter, issue: Issue, yamlText: string): { line: number; column: number } {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const container = path.length ? document.getIn(path, true) : document.contents;
    if (isMap(container)) {
      const pair = container.items.find((item) => isNode(item.key) && issue.keys.includes(String((item.key as { value: unknown }).value)));
      const range = pair && isNode(pair.key) ? pair.key.range : undefined;
      if (range) return toPlace(lineCounter.linePos(range[0]));
    }
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      // A missing field is reported at its parent; point at the parent's first line.
      return toPlace(lineCounter.linePos(node.range[0]));
    }
    if (depth > 0 && !isNode(node)) {
      const parent = document.getIn(path.slice(0, depth - 1), true);
      if ((isMap(parent) || isSeq(parent)) && parent.range) return toPlace(lineCounter.linePos(parent.range[0]));
    }
  }
  return yamlText.length ? { line: 1, column: 1 } : { line: 1, column: 1 };
}

function toPlace(position: { line: number; col: number }): { line: number; column: number } {
  return { line: position.line, column: position.col };
}
