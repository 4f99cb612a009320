import { BACKUP_EXTENSION } from './format';

/** `margin-2026-11-22T0815.margin-backup`: sorts by time, safe on every file system. */
export function backupFileName(createdAt: Date): string {
  const stamp = createdAt.toISOString().slice(0, 16).replace(':', '');
  return `margin-${stamp}.${BACKUP_EXTENSION}`;
}
