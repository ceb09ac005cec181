import { open, stat } from "node:fs/promises";
import type { UnreadableFileReason } from "@tipx/schema";

/** Why a file cannot be read before its first byte is: empty, or larger than `maxBytes`. */
export async function _sizeProblem(path: string, maxBytes?: number): Promise<UnreadableFileReason | undefined> {
  const { size } = await stat(path);
  if (size === 0) return "empty";
  if (maxBytes !== undefined && size > maxBytes) return "too-large";
  return undefined;
}

/** Reads `length` bytes of a file from `position` (fewer at its end). */
export async function _readBytes(path: string, position: number, length: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(Math.max(0, length));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, Math.max(0, position));
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
