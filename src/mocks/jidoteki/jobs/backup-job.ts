import { humanSize, pseudoRandomBytes, sha256Hex } from '../bytes.ts';
import { ADMIN_PATH } from '../fixtures.ts';
import { logLine } from '../state.ts';
import type { JidotekiState } from '../state.ts';
import { buildTar, isTarArchive } from '../tar.ts';

const BACKUP_PATH = `${ADMIN_PATH}/home/sftp/uploads/backup.tar`;

export function startBackup(state: JidotekiState, now: number): void {
  const backup = state.backup;
  if (backup.running !== null) return;
  const run = now;
  backup.running = run;
  backup.status = 'running';
  backup.filesize = null;
  backup.sha256 = null;
  backup.log.push(logLine(now, 'Validating backup file size'));
  const step = state.timing.jobStepMs;
  state.timeline.schedule(now + step, (at) => {
    if (backup.running !== run) return;
    if (state.backupOutcome === 'failed') {
      backup.log.push(logLine(at, 'Backup archive is too large: 48213 of 16384 KiB'));
      failBackup(state, at);
      return;
    }
    backup.log.push(logLine(at, 'Starting backup'));
  });
  state.timeline.schedule(now + 2 * step, (at) => {
    if (backup.running !== run) return;
    const archive = createBackupArchive(state, at);
    backup.archive = archive;
    backup.running = null;
    backup.status = 'success';
    backup.filesize = humanSize(archive.length);
    backup.sha256 = sha256Hex(archive);
    backup.log.push(
      `Created file: ${BACKUP_PATH} - size: ${backup.filesize} - hash: ${backup.sha256}`,
    );
    backup.log.push(logLine(at, 'Backup complete'));
  });
}

export function stopBackup(state: JidotekiState, now: number): void {
  const backup = state.backup;
  if (backup.running !== null) {
    backup.log.push(logLine(now, 'Stopping backup'));
    failBackup(state, now);
  }
  if (backup.archive) {
    backup.log.push(logLine(now, 'Deleting backup archive'));
    backup.archive = null;
    backup.status = null;
    backup.filesize = null;
    backup.sha256 = null;
  }
}

export function restoreBackup(state: JidotekiState, archive: Uint8Array, now: number): boolean {
  const backup = state.backup;
  if (backup.running !== null) return false;
  backup.log.push(logLine(now, 'Restoring backup archive to /data'));
  if (!isTarArchive(archive)) {
    failBackup(state, now);
    return false;
  }
  backup.restores += 1;
  backup.log.push(logLine(now, 'Restore complete'));
  return true;
}

function failBackup(state: JidotekiState, at: number): void {
  const backup = state.backup;
  backup.running = null;
  backup.archive = null;
  if (backup.status !== null) {
    backup.status = 'failed';
    backup.filesize = null;
    backup.sha256 = null;
  }
  backup.log.push(logLine(at, 'Backup failed'));
}

function createBackupArchive(state: JidotekiState, at: number): Uint8Array {
  const settings = JSON.stringify(state.settings ?? {}, null, 2);
  return buildTar([
    { name: 'data/settings.json', content: utf8(`${settings}\n`), mtime: at },
    { name: 'data/version.txt', content: utf8(`${state.version}\n`), mtime: at },
    { name: 'data/app/db.sqlite', content: pseudoRandomBytes(126 * 1024, at & 0xffff), mtime: at },
  ]);
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
