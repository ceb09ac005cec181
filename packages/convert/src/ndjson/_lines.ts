/** One line of a text, or a line longer than the limit (then `text` is undefined). */
export interface _Line {
  readonly number: number;
  readonly text?: string;
}

/** Splits text pushed in chunks into numbered lines, without holding a line over `maxLength`. */
export function _lineSplitter(maxLength: number): { push(text: string): _Line[]; end(): _Line[] } {
  let pending = "";
  let number = 0;
  let skipping = false;
  const line = (text: string): _Line => ({ number, text: text.endsWith("\r") ? text.slice(0, -1) : text });
  return {
    push(text) {
      const out: _Line[] = [];
      let start = 0;
      for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", start)) {
        number += 1;
        if (skipping) skipping = false;
        else if (pending.length + at - start > maxLength) out.push({ number });
        else out.push(line(pending + text.slice(start, at)));
        pending = "";
        start = at + 1;
      }
      if (!skipping) {
        pending += text.slice(start);
        if (pending.length > maxLength) {
          out.push({ number: number + 1 });
          pending = "";
          skipping = true;
        }
      }
      return out;
    },
    end() {
      if (skipping || pending === "") return [];
      number += 1;
      const last = line(pending);
      pending = "";
      return [last];
    },
  };
}
