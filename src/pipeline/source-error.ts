import { VFileMessage } from 'vfile-message';

/** Where in a source file something is wrong: 1-based line and column. */
export interface SourcePlace {
  line: number;
  column: number;
}

/**
 * A fault in a source file that must stop the build. It carries the file, the place and what
 * to do about it, and prints as `file:line:column: reason — fix` so an editor can jump there.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  readonly fix: string;
  readonly ruleId: string;

  constructor(options: { file: string; place: SourcePlace; reason: string; fix: string; ruleId: string }) {
    super(`${options.file}:${options.place.line}:${options.place.column}: ${options.reason} — ${options.fix}`);
    this.name = 'SourceError';
    this.file = options.file;
    this.line = options.place.line;
    this.column = options.place.column;
    this.reason = options.reason;
    this.fix = options.fix;
    this.ruleId = options.ruleId;
  }

  /** The same fault as a vfile message, for tools of the unified collective that report them. */
  toMessage(): VFileMessage {
    const message = new VFileMessage(`${this.reason} — ${this.fix}`, {
      place: { line: this.line, column: this.column },
      ruleId: this.ruleId,
      source: 'evidence-explorer',
    });
    message.file = this.file;
    message.fatal = true;
    return message;
  }
}

/** The 1-based line and column of a UTF-16 offset in a text. */
export function placeOf(text: string, offset: number): SourcePlace {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
