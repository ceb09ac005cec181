import { open } from "node:fs/promises";

/**
 * Reads at most `limit + 1` bytes of a file, so that `/dev/zero` or a large file given by mistake is
 * refused without being read whole: a result longer than `limit` means the file is too large.
 *
 * @param file - The file's path.
 * @param limit - The largest size accepted, in bytes.
 */
export async function readBounded(file: string, limit: number): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
