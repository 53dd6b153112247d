/**
 * Valid-shaped backup inputs for the API fuzz test. A folder that does not exist: mutations reach the folder
 * and file checks without a backup being written or anything being restored.
 */
export const backupTemplates: Record<string, Record<string, unknown>> = {
  'backup:saveTo': { path: '/no-such-folder/channeldesk-backup.db' },
  'backup:restore': { path: '/no-such-folder/channeldesk-auto-2026-01-01T00-00-00-000Z.db' },
};
