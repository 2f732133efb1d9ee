// Whether a folder is this user's alone: the one check for the folders whose
// contents run as lectern (compiled code, bundles), shared by lectern.mjs,
// which runs before any TypeScript loads, and edges/paths.ts. Plain
// JavaScript for that reason.
import { lstatSync } from 'node:fs';

/** Whether `dir` is a folder this user owns and nobody else can write to. */
export function privateFolder(dir) {
  try {
    const info = lstatSync(dir);
    const uid = typeof process.getuid === 'function' ? process.getuid() : null;
    return info.isDirectory() && (uid === null || info.uid === uid) && (info.mode & 0o022) === 0;
  } catch {
    return false;
  }
}
