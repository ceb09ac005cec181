const OBJECT = 0;
const ARRAY = 1;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

/** A scanner over one text; each `scan…` method returns `false` with `at` on the offending character. */
class Scanner {
  at = 0;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  get done(): boolean {
    return this.at >= this.#text.length;
  }

  peek(): number {
    return this.#text.charCodeAt(this.at);
  }

  skipWhitespace(): void {
    while (!this.done && isWhitespace(this.peek())) this.at += 1;
  }

  scanString(): boolean {
    this.at += 1; // the opening quote
    while (!this.done) {
      const code = this.peek();
      if (code === 0x22) {
        this.at += 1;
        return true;
      }
      if (code < 0x20) return false;
      if (code === 0x5c) {
        this.at += 1;
        const escaped = this.#text.charAt(this.at);
        if (escaped === "u") {
          for (let digit = 1; digit <= 4; digit += 1) {
            if (!isHex(this.#text.charCodeAt(this.at + digit))) {
              this.at += Math.min(digit, this.#text.length - this.at);
              return false;
            }
          }
          this.at += 5;
        } else if ('"\\/bfnrt'.includes(escaped) && escaped !== "") {
          this.at += 1;
        } else {
          return false;
        }
        continue;
      }
      this.at += 1;
    }
    return false;
  }

  #digits(): boolean {
    if (this.done || !isDigit(this.peek())) return false;
    while (!this.done && isDigit(this.peek())) this.at += 1;
    return true;
  }

  scanNumber(): boolean {
    if (this.peek() === 0x2d) this.at += 1; // -
    if (this.peek() === 0x30)
      this.at += 1; // a single leading 0
    else if (!this.#digits()) return false;
    if (this.peek() === 0x2e && !this.#fraction()) return false;
    const exponent = this.peek();
    if (exponent === 0x65 || exponent === 0x45) {
      this.at += 1;
      if (this.peek() === 0x2b || this.peek() === 0x2d) this.at += 1;
      if (!this.#digits()) return false;
    }
    return true;
  }

  #fraction(): boolean {
    this.at += 1; // .
    return this.#digits();
  }

  scanWord(word: string): boolean {
    for (const char of word) {
      if (this.#text.charAt(this.at) !== char) return false;
      this.at += 1;
    }
    return true;
  }

  /** Scans a scalar (string, number, literal); `false` when it is malformed or not a scalar. */
  scanScalar(): boolean {
    const code = this.peek();
    if (code === 0x22) return this.scanString();
    if (code === 0x2d || isDigit(code)) return this.scanNumber();
    if (code === 0x74) return this.scanWord("true");
    if (code === 0x66) return this.scanWord("false");
    if (code === 0x6e) return this.scanWord("null");
    return false;
  }

  /** Scans `"key" :` inside an object. */
  scanKey(): boolean {
    this.skipWhitespace();
    if (this.done || this.peek() !== 0x22 || !this.scanString()) return false;
    this.skipWhitespace();
    if (this.done || this.peek() !== 0x3a) return false;
    this.at += 1;
    return true;
  }
}

/**
 * Finds where a text stops being JSON (RFC 8259): the offset of the first character that cannot
 * continue it, or the text's length when it ends too early. Used to say where a parse failed without
 * quoting the text, as `JSON.parse`'s own messages do; it keeps its own stack, so deep nesting cannot
 * overflow the call stack.
 *
 * @param text - the text `JSON.parse` rejected.
 * @returns the offset of the error, or `undefined` when the text is JSON after all.
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  const scanner = new Scanner(text);
  const open: number[] = [];
  for (;;) {
    // A value is expected here.
    scanner.skipWhitespace();
    if (scanner.done) return scanner.at;
    const code = scanner.peek();
    let closed = false;
    if (code === 0x7b || code === 0x5b) {
      scanner.at += 1;
      scanner.skipWhitespace();
      if (!scanner.done && scanner.peek() === (code === 0x7b ? 0x7d : 0x5d)) {
        scanner.at += 1;
        closed = true;
      } else {
        open.push(code === 0x7b ? OBJECT : ARRAY);
        if (code === 0x7b && !scanner.scanKey()) return scanner.at;
        continue;
      }
    }
    if (!closed && !scanner.scanScalar()) return scanner.at;
    // A value ended: a comma, a closing bracket or the end must follow.
    for (;;) {
      scanner.skipWhitespace();
      const container = open.at(-1);
      if (container === undefined) return scanner.done ? undefined : scanner.at;
      if (scanner.done) return scanner.at;
      const next = scanner.peek();
      if (next === 0x2c) {
        scanner.at += 1;
        if (container === OBJECT && !scanner.scanKey()) return scanner.at;
        break;
      }
      if (next === (container === OBJECT ? 0x7d : 0x5d)) {
        scanner.at += 1;
        open.pop();
        continue;
      }
      return scanner.at;
    }
  }
}
