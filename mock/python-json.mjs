/**
 * Parses a request body the way Polar's server does (Python's `json.loads`, C scanner),
 * so a 422 `json_invalid` error carries the same position and message Python would give.
 * @module
 */

/**
 * @typedef {{ ok: true, value: unknown }
 *   | { ok: false, position: number, message: string }} PythonJsonResult
 */

class PythonJsonError extends Error {
  /**
   * @param {string} message Python's JSONDecodeError.msg
   * @param {number} position index into the text (UTF-16 units until converted)
   */
  constructor(message, position) {
    super(message);
    this.position = position;
  }
}

/** @param {string | undefined} char */
const isWhitespace = (char) => char === ' ' || char === '\t' || char === '\n' || char === '\r';

const NUMBER = /(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/y;
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Walks the text with Python's grammar and error positions; returns where the value ends.
 * Python's NaN/Infinity extensions are deliberately not accepted: they cannot be echoed
 * back in JSON, and Polar would answer them with a server error anyway.
 */
class Scanner {
  /** @param {string} text */
  constructor(text) {
    this.text = text;
  }

  /** @param {number} index */
  skipWhitespace(index) {
    while (isWhitespace(this.text[index])) index += 1;
    return index;
  }

  /** @param {number} index */
  scanValue(index) {
    const { text } = this;
    const char = text[index];
    if (char === '"') return this.scanString(index + 1);
    if (char === '{') return this.scanObject(index + 1);
    if (char === '[') return this.scanArray(index + 1);
    for (const literal of ['null', 'true', 'false']) {
      if (text.startsWith(literal, index)) return index + literal.length;
    }
    NUMBER.lastIndex = index;
    const number = NUMBER.exec(text);
    if (number) return index + number[0].length;
    throw new PythonJsonError('Expecting value', index);
  }

  /** @param {number} index just after the opening quote */
  scanString(index) {
    const { text } = this;
    const begin = index - 1;
    for (;;) {
      const char = text[index];
      if (char === undefined) throw new PythonJsonError('Unterminated string starting at', begin);
      if (char === '"') return index + 1;
      if (char.charCodeAt(0) < 0x20) throw new PythonJsonError('Invalid control character at', index);
      if (char !== '\\') {
        index += 1;
        continue;
      }
      const escape = text[index + 1];
      if (escape === undefined) throw new PythonJsonError('Unterminated string starting at', begin);
      if (SIMPLE_ESCAPES.has(escape)) {
        index += 2;
      } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
        index += 6;
      } else {
        throw new PythonJsonError(escape === 'u' ? 'Invalid \\uXXXX escape' : 'Invalid \\escape', index);
      }
    }
  }

  /** @param {number} index just after `{` */
  scanObject(index) {
    const { text } = this;
    index = this.skipWhitespace(index);
    if (text[index] === '}') return index + 1;
    for (;;) {
      if (text[index] !== '"') {
        throw new PythonJsonError('Expecting property name enclosed in double quotes', index);
      }
      index = this.skipWhitespace(this.scanString(index + 1));
      if (text[index] !== ':') throw new PythonJsonError("Expecting ':' delimiter", index);
      index = this.skipWhitespace(this.scanValue(this.skipWhitespace(index + 1)));
      if (text[index] === '}') return index + 1;
      if (text[index] !== ',') throw new PythonJsonError("Expecting ',' delimiter", index);
      index = this.skipWhitespace(index + 1);
    }
  }

  /** @param {number} index just after `[` */
  scanArray(index) {
    const { text } = this;
    index = this.skipWhitespace(index);
    if (text[index] === ']') return index + 1;
    for (;;) {
      index = this.skipWhitespace(this.scanValue(index));
      if (text[index] === ']') return index + 1;
      if (text[index] !== ',') throw new PythonJsonError("Expecting ',' delimiter", index);
      index = this.skipWhitespace(index + 1);
    }
  }
}

/**
 * Python counts positions in code points, JavaScript in UTF-16 units.
 * @param {string} text
 * @param {number} utf16Index
 */
function toCodePointIndex(text, utf16Index) {
  return [...text.slice(0, utf16Index)].length;
}

/**
 * `json.loads(text)` with Python's error message and position on failure.
 * @param {string} text
 * @returns {PythonJsonResult}
 */
export function parseJsonLikePython(text) {
  const scanner = new Scanner(text);
  try {
    const end = scanner.skipWhitespace(scanner.scanValue(scanner.skipWhitespace(0)));
    if (end !== text.length) throw new PythonJsonError('Extra data', end);
  } catch (error) {
    if (!(error instanceof PythonJsonError)) throw error;
    return { ok: false, position: toCodePointIndex(text, error.position), message: error.message };
  }
  return { ok: true, value: JSON.parse(text) };
}
