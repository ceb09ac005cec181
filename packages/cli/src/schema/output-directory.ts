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
 * Why `tipx schema` cannot create or fill its output folder. Paths are as the user gave them (a
 * relative `--out` gives relative paths), so that the messages name what the user typed.
 */
export type OutputDirectoryProblem =
  /** `path` exists and is a file; `isTarget` when it is the `--out` folder itself, not one on the way. */
  | { readonly kind: "file"; readonly path: string; readonly isTarget: boolean }
  /** `path` exists and is neither a folder nor a file (a device, a pipe or a socket). */
  | { readonly kind: "not-a-folder"; readonly path: string; readonly isTarget: boolean }
  /** The folder `path` exists, and files may not be created in it. */
  | { readonly kind: "permission"; readonly path: string }
  /** The folder `path` lies on a file system mounted read-only. */
  | { readonly kind: "read-only"; readonly path: string }
  /** The folder lies on a kernel pseudo file system (`fileSystem` is `/proc`, `/sys`, `proc` or `sysfs`). */
  | { readonly kind: "pseudo-file-system"; readonly fileSystem: string }
  /** Checking `path` failed with the system error `code` (such as `"EIO"` or `"ELOOP"`). */
  | { readonly kind: "other"; readonly path: string; readonly code: string };

/** `candidate` without the separators at its end (`a/b/` is `a/b`), but `/` stays `/`. */
function withoutTrailingSeparators(candidate: string): string {
  let end = candidate.length;
  while (end > 1 && (candidate[end - 1] === "/" || candidate[end - 1] === path.sep)) end -= 1;
  return candidate.slice(0, end);
}

/**
 * Tells why `tipx schema` cannot create or fill the directory `out`, before it tries: it walks up from
 * `out` to the nearest directory that exists and checks that one. The directory is refused when that
 * ancestor is a file or anything else but a directory, is not writable, or lies on a kernel pseudo
 * file system (`/proc`, `/sys`).
 *
 * @param out - the directory as the user gave it (relative to `cwd`, or absolute).
 * @param cwd - the working directory.
 * @returns what is wrong (naming paths as the user gave them), or `undefined` when the directory can
 *   be written.
 */
export async function outputDirectoryProblem(out: string, cwd: string): Promise<OutputDirectoryProblem | undefined> {
  // Walk up the path as typed (not normalised), so that each path named is a prefix of what the user
  // typed: `./locked/schemas` names `./locked`, not `locked`.
  const target = withoutTrailingSeparators(out);
  let candidate = target;
  for (;;) {
    const absolute = path.resolve(cwd, candidate);
    try {
      const stats = await stat(absolute);
      const isTarget = candidate === target;
      if (stats.isFile()) return { kind: "file", path: candidate, isTarget };
      if (!stats.isDirectory()) return { kind: "not-a-folder", path: candidate, isTarget };
      const pseudo = await pseudoFileSystem(absolute);
      if (pseudo !== undefined) return { kind: "pseudo-file-system", fileSystem: pseudo };
      await access(absolute, constants.W_OK);
      return undefined;
    } catch (error) {
      const code = errorCode(error);
      if (code === "EACCES" || code === "EPERM") return { kind: "permission", path: candidate };
      if (code === "EROFS") return { kind: "read-only", path: candidate };
      const parent = withoutTrailingSeparators(path.dirname(candidate));
      if ((code !== "ENOENT" && code !== "ENOTDIR") || parent === candidate)
        return { kind: "other", path: candidate, code };
      candidate = parent;
    }
  }
}
