import { constants } from "node:fs";
import { access, realpath, stat, statfs } from "node:fs/promises";
import path from "node:path";

/**
 * Kernel pseudo file systems, by mount point and by `statfs` type (`linux/magic.h`). They hold the
 * kernel's data, never files; Node's recursive `mkdir` spins for ever on some of them (under `/proc` it
 * retries at 100 % CPU), so `tipx schema` refuses them before creating anything.
 */
const PSEUDO_FILE_SYSTEM_ROOTS = ["/proc", "/sys"] as const;
const PSEUDO_FILE_SYSTEM_TYPES: ReadonlyMap<number, string> = new Map([
  [0x9fa0, "proc"],
  [0x62656572, "sysfs"],
]);

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : "unknown error";
}

async function pseudoFileSystem(directory: string): Promise<string | undefined> {
  const real = await realpath(directory);
  const root = PSEUDO_FILE_SYSTEM_ROOTS.find((each) => real === each || real.startsWith(`${each}/`));
  if (root !== undefined) return root;
  try {
    return PSEUDO_FILE_SYSTEM_TYPES.get((await statfs(real)).type);
  } catch {
    return undefined; // no statfs on this platform: the mount points above are the check
  }
}

/**
 * Tells why `tipx schema` cannot create or fill the directory `out`, before it tries: it walks up from
 * `out` to the nearest directory that exists and checks that one. The directory is refused when that
 * ancestor is not a directory, is not writable, or lies on a kernel pseudo file system (`/proc`,
 * `/sys`).
 *
 * @param out - the directory as the user gave it (relative to `cwd`, or absolute).
 * @param cwd - the working directory.
 * @returns a sentence saying what is wrong (naming paths as the user gave them), or `undefined` when the
 *   directory can be written.
 */
export async function outputDirectoryProblem(out: string, cwd: string): Promise<string | undefined> {
  // Walk the path as given, so that the ancestor named in a message is a prefix of what the user typed.
  let candidate = path.normalize(out);
  for (;;) {
    const absolute = path.resolve(cwd, candidate);
    try {
      const stats = await stat(absolute);
      if (!stats.isDirectory()) return `${candidate} is not a directory`;
      const pseudo = await pseudoFileSystem(absolute);
      if (pseudo !== undefined) return `it is on ${pseudo}, a kernel pseudo file system that cannot hold files`;
      await access(absolute, constants.W_OK);
      return undefined;
    } catch (error) {
      const code = errorCode(error);
      if (code === "EACCES" || code === "EPERM") return `no permission to create files in ${candidate}`;
      const parent = path.dirname(candidate);
      if ((code !== "ENOENT" && code !== "ENOTDIR") || parent === candidate) return `${candidate}: ${code}`;
      candidate = parent;
    }
  }
}
