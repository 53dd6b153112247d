export interface BackupFile {
  name: string;
  path: string;
  sizeBytes: number;
  createdAt: string;
}

export interface IntegrityReport {
  ok: boolean;
  schemaVersion: number;
  problems: string[];
}
