import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeToUtf8, firstInvalidUtf8, guessLegacyEncoding, InvalidEncodingError } from "./decode";
import type { InputEncoding } from "./encodings";
import { parseInputEncoding } from "./encodings";

/** Thai in TIS-620 / windows-874: U+0E01–U+0E5B are the bytes 0xA1–0xFB; ASCII stays as it is. */
function tis620(text: string): Buffer {
  return Buffer.from(
    [...text].map((character) => {
      const code = character.codePointAt(0) ?? 0;
      return code >= 0x0e01 && code <= 0x0e5b ? code - 0x0e00 + 0xa0 : code;
    }),
  );
}

async function* chunksOf(bytes: Buffer, sizes: readonly number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (const size of sizes) {
    if (at >= bytes.length) break;
    yield bytes.subarray(at, at + size);
    at += size;
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

async function decode(
  bytes: Buffer,
  encoding: InputEncoding,
  sizes: readonly number[] = [],
): Promise<{ text: string; error?: InvalidEncodingError }> {
  const out: Buffer[] = [];
  try {
    for await (const chunk of decodeToUtf8(chunksOf(bytes, sizes), encoding, { offset: 0, compressed: false }))
      out.push(chunk);
  } catch (error) {
    if (!(error instanceof InvalidEncodingError)) throw error;
    return { text: Buffer.concat(out).toString("utf8"), error };
  }
  return { text: Buffer.concat(out).toString("utf8") };
}

describe("firstInvalidUtf8", () => {
  it.each<[string, { given: number[]; want: number }]>([
    ["ASCII", { given: [0x61, 0x62], want: -1 }],
    ["Thai (3 bytes)", { given: [...Buffer.from("สม")], want: -1 }],
    ["an emoji (4 bytes)", { given: [...Buffer.from("a😀")], want: -1 }],
    ["a windows-1252 í between ASCII letters", { given: [0x4d, 0x61, 0x72, 0xed, 0x61], want: 3 }],
    ["a lone continuation byte", { given: [0x61, 0x80], want: 1 }],
    ["an overlong 2-byte form (C0 AF)", { given: [0xc0, 0xaf], want: 0 }],
    ["an overlong 3-byte form (E0 80 AF)", { given: [0xe0, 0x80, 0xaf], want: 0 }],
    ["a surrogate (ED A0 80)", { given: [0x61, 0xed, 0xa0, 0x80], want: 1 }],
    ["past U+10FFFF (F4 90 80 80)", { given: [0xf4, 0x90, 0x80, 0x80], want: 0 }],
    ["a sequence cut by the end", { given: [0x61, 0xe0, 0xb8], want: 1 }],
  ])("%s", (_title, { given, want }) => {
    expect(firstInvalidUtf8(Uint8Array.from(given))).toBe(want);
  });

  it("agrees with TextDecoder on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
    );
  });
});

describe("guessLegacyEncoding", () => {
  it.each<[string, { given: Buffer; want: string }]>([
    ["Thai words in TIS-620", { given: tis620('{"name":"สมชาย ใจดี"}'), want: "windows-874" }],
    ["Spanish in windows-1252", { given: Buffer.from('{"name":"María Peña"}', "latin1"), want: "windows-1252" }],
    ["Portuguese with a run (ção)", { given: Buffer.from("Conceição, São Paulo", "latin1"), want: "windows-1252" }],
    ["bytes outside 0xA1–0xFB", { given: Buffer.from([0x80, 0x85, 0x93, 0x94]), want: "windows-1252" }],
  ])("%s", (_title, { given, want }) => {
    expect(guessLegacyEncoding(given)).toBe(want);
  });
});

describe("decodeToUtf8", () => {
  const thai = '{"names":{"native":"สมชาย แก้วมณี"}}\n';
  const spanish = '{"name":"María Peña, Ñandutí"}\n';

  it.each<[string, { bytes: Buffer; encoding: InputEncoding; want: string }]>([
    ["UTF-8 passes through", { bytes: Buffer.from(thai), encoding: "utf-8", want: thai }],
    ["windows-874 becomes Thai", { bytes: tis620(thai), encoding: "windows-874", want: thai }],
    ["windows-1252", { bytes: Buffer.from(spanish, "latin1"), encoding: "windows-1252", want: spanish }],
    ["latin1 (read as windows-1252)", { bytes: Buffer.from("€ María", "latin1"), encoding: "latin1", want: "¬ María" }],
    ["UTF-16LE", { bytes: Buffer.from(`${thai}😀`, "utf16le"), encoding: "utf-16le", want: `${thai}😀` }],
    ["UTF-16BE", { bytes: Buffer.from(spanish, "utf16le").swap16(), encoding: "utf-16be", want: spanish }],
  ])("%s", async (_title, { bytes, encoding, want }) => {
    expect((await decode(bytes, encoding)).text).toBe(want);
  });

  it("gives the same text however the bytes are split into chunks", async () => {
    const cases: [InputEncoding, Buffer, string][] = [
      ["utf-8", Buffer.from(`${thai}😀${spanish}`), `${thai}😀${spanish}`],
      ["windows-874", tis620(thai), thai],
      ["utf-16le", Buffer.from(`${thai}😀`, "utf16le"), `${thai}😀`],
      ["utf-16be", Buffer.from(`${thai}😀`, "utf16le").swap16(), `${thai}😀`],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...cases),
        fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 40 }),
        async ([encoding, bytes, want], sizes) => {
          const result = await decode(bytes, encoding, sizes);
          expect(result.error).toBeUndefined();
          expect(result.text).toBe(want);
        },
      ),
    );
  });

  it("stops at the first invalid UTF-8 byte, with its offset and the likely encoding, however the bytes are split", async () => {
    const head = '{"ok":"สม"}\n';
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from('{"name":"María"}\n', "latin1")]);
    const offset = Buffer.byteLength(head) + '{"name":"Mar'.length;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 20 }), async (sizes) => {
        const { text, error } = await decode(bytes, "utf-8", sizes);
        expect(error).toMatchObject({ encoding: "utf-8", offset, likely: "windows-1252" });
        // What came before the invalid byte was passed on, so records before it are validated.
        expect(bytes.subarray(0, offset).toString("utf8").startsWith(text)).toBe(true);
      }),
    );
  });

  it("reports a UTF-8 sequence cut off by the end of the input", async () => {
    const bytes = Buffer.from([0x7b, 0x7d, 0x0a, 0xe0, 0xb8]);
    expect((await decode(bytes, "utf-8", [4])).error).toMatchObject({ offset: 3 });
  });

  it("guesses windows-874 for Thai in TIS-620", async () => {
    const { error } = await decode(tis620(thai), "utf-8");
    expect(error).toMatchObject({ offset: thai.indexOf("ส"), likely: "windows-874" });
  });

  it("stops at an unpaired surrogate in UTF-16, with its offset", async () => {
    const bytes = Buffer.concat([Buffer.from("ab", "utf16le"), Buffer.from([0x00, 0xdc]), Buffer.from("c", "utf16le")]);
    for (const sizes of [[], [1, 1, 1, 1, 1], [3, 3]]) {
      const { error } = await decode(bytes, "utf-16le", sizes);
      expect(error).toMatchObject({ encoding: "utf-16le", offset: 4, likely: undefined });
    }
  });

  it("counts offsets from the start it is given (after a byte-order mark)", async () => {
    const chunks = chunksOf(Buffer.from([0x61, 0xff]), []);
    const decoded = decodeToUtf8(chunks, "utf-8", { offset: 3, compressed: true });
    await expect(decoded.next()).resolves.toMatchObject({ done: false });
    await expect(decoded.next()).rejects.toMatchObject({ offset: 4, compressed: true });
  });
});

describe("parseInputEncoding", () => {
  it.each([
    ["utf-8", "utf-8"],
    ["UTF8", "utf-8"],
    ["TIS-620", "windows-874"],
    ["cp1252", "windows-1252"],
    ["ISO-8859-1", "latin1"],
    ["utf-16BE", "utf-16be"],
    ["ebcdic", undefined],
  ])("%s is %s", (given, want) => {
    expect(parseInputEncoding(given)).toBe(want);
  });
});
