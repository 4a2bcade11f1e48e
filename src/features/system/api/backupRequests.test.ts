import { describe, expect, it, vi } from 'vitest';
import type { HttpClient, HttpRequest } from '@/api/http';
import { postBackupAction } from './backupAction';
import { restoreUploadRequest } from './restoreBackup';

describe('postBackupAction', () => {
  it.each(['START', 'STOP'] as const)(
    'posts only the multipart field "action" = %s to /backup',
    async (action) => {
      const json = vi.fn().mockResolvedValue({ Status: '202 Accepted' });
      await postBackupAction({ json } as unknown as HttpClient, action);
      const request = json.mock.calls[0]?.[0] as HttpRequest;
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/api/v1/admin/backup');
      const body = request.body as FormData;
      expect([...body.entries()]).toEqual([['action', action]]);
    },
  );
});

describe('restoreUploadRequest', () => {
  it('posts the archive in the multipart field "archive" and nothing else', () => {
    const request = restoreUploadRequest(new File(['x'], 'backup.tar'));
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/api/v1/admin/backup/restore');
    const body = request.body as FormData;
    expect([...body.keys()]).toEqual(['archive']);
    expect((body.get('archive') as File).name).toBe('backup.tar');
  });
});
