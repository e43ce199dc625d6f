/** What went wrong reading a path or a stream, in words a user can act on. */
export function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: Marsad cannot read it';
  if (code === 'EISDIR') return 'this is a folder, not a file';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (typeof code === 'string' && code.startsWith('Z_')) return `the gzip data is truncated or corrupt (${message})`;
  return `could not read it (${message})`;
}
