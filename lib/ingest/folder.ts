// Lists the files of a folder source with a cheap fingerprint, so unchanged files are skipped unread.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export type FolderFile = { path: string; relativePath: string; size: number; fingerprint: string };

const SKIPPED = /(^|\/)(\.|node_modules\/|README(\.md)?$)/i;

export async function listFolderFiles(root: string): Promise<FolderFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: FolderFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relativePath = path.relative(root, absolute);
    if (SKIPPED.test(relativePath)) continue;
    const info = await stat(absolute);
    files.push({ path: absolute, relativePath, size: info.size, fingerprint: `${info.size}:${Math.trunc(info.mtimeMs)}` });
  }
  return files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}
