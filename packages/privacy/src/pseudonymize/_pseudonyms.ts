import { _subtle } from "./key";

/**
 * The domain-separation labels: the HMAC input is a label, a NUL, then the value, so that one string
 * used as two kinds of value (an entity id and a case number, or a TH-PIN and a passport number) gets
 * unrelated pseudonyms. NUL cannot occur in a label, so no label-and-value pair reads as another.
 */
export const _LABELS = {
  bundleId: () => "tipx/bundle-id",
  entityId: () => "tipx/entity-id",
  identifier: (system: string) => `tipx/identifier:${system}`,
  document: (kind: string, country: string | undefined) => `tipx/document:${kind}:${country ?? ""}`,
} as const;

const encoder = new TextEncoder();

function hex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte.toString(16).padStart(2, "0");
  return out;
}

/**
 * Turns 16 bytes of HMAC output into a UUID: the version nibble set to 4 and the variant bits to RFC
 * 4122's `10`, so the id passes every UUID check. It is not random, as a version 4 UUID should be: it is
 * keyed, the same for the same value under the same key, which is the point. 122 bits of it come from
 * the HMAC.
 */
export function _uuidFromDigest(digest: Uint8Array): string {
  const bytes = digest.slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Computes pseudonyms under one key, each distinct label-and-value pair once (a bundle names the same
 * organisation in dozens of references).
 */
export class _Pseudonyms {
  readonly #key: CryptoKey;
  readonly #digests = new Map<string, Promise<Uint8Array>>();

  constructor(key: CryptoKey) {
    this.#key = key;
  }

  #digest(label: string, value: string): Promise<Uint8Array> {
    const input = `${label}\u0000${value}`;
    let digest = this.#digests.get(input);
    if (digest === undefined) {
      digest = _subtle()
        .sign("HMAC", this.#key, encoder.encode(input))
        .then((signature) => new Uint8Array(signature));
      this.#digests.set(input, digest);
    }
    return digest;
  }

  /** A UUID pseudonym, for entity ids and references to them. */
  async uuid(label: string, value: string): Promise<string> {
    return _uuidFromDigest(await this.#digest(label, value));
  }

  /**
   * A text pseudonym, for local identifiers and document numbers: the first 16 bytes (128 bits) of the
   * HMAC in lower-case hex, 32 characters, which survive systems that change letter case.
   */
  async text(label: string, value: string): Promise<string> {
    return hex((await this.#digest(label, value)).subarray(0, 16));
  }
}
