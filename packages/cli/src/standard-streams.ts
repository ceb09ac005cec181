/**
 * The `tipx` executable's view of its standard streams when the shell closed one (`<&-`, `>&-`).
 *
 * @module
 */
import { fstatSync, readSync, statSync, writeSync } from "node:fs";
import { Readable } from "node:stream";

/**
 * Tells whether file descriptor `fd` (0 or 1) was closed when the process started.
 *
 * Node never leaves 0, 1 or 2 closed: at start-up it opens `/dev/null` read-write in place of a closed
 * one (`PlatformInit` in `src/node.cc`), so a closed stdin reads as empty and a closed stdout swallows
 * everything. A shell's `</dev/null` or `>/dev/null` opens it one way only, so a `/dev/null` that also
 * allows the other direction was put there by Node. (`<>/dev/null` looks the same and is taken as
 * closed.) Where there is no `/dev/null`, nothing is detected.
 *
 * @param fd - 0 for stdin, 1 for stdout.
 * @returns `true` when `fd` was closed at start-up.
 */
export function wasClosedAtLaunch(fd: 0 | 1): boolean {
  try {
    const stats = fstatSync(fd);
    if (!stats.isCharacterDevice() || stats.rdev !== statSync("/dev/null").rdev) return false;
    // A zero-length write and a one-byte read of /dev/null change nothing; each fails with EBADF when the
    // descriptor was not opened that way.
    writeSync(fd, Buffer.alloc(0));
    readSync(fd, Buffer.alloc(1), 0, 1, null);
    return true;
  } catch {
    return false;
  }
}

/**
 * A stand-in for a standard input that was closed at start-up: reading it fails with `EBADF`, so
 * `tipx validate -` reports that it cannot read standard input instead of finding it empty.
 */
export function closedStandardInput(): Readable {
  return new Readable({
    read() {
      this.destroy(Object.assign(new Error("standard input is closed"), { code: "EBADF" }));
    },
  });
}
