import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { FilePurpose } from '../../../shared/domain/files';

/** What the host's native dialog is asked for; titles and type names are already in the person's language. */
export interface FileDialogRequest {
  /** `folder`: pick a folder (a destination for files written later, e.g. the scheduled report). */
  mode: 'open' | 'save' | 'folder';
  purpose: FilePurpose;
  title: string;
  defaultName?: string;
  filters: { name: string; extensions: string[] }[];
}

/** A host's file dialogs (Electron's dialog module in the app); resolves null when the person cancels. */
export interface FileDialogs {
  show(request: FileDialogRequest): Promise<string | null>;
}

/**
 * Which files handlers may touch. With native dialogs (the app), only paths the person picked in one, so a
 * compromised page cannot read or overwrite arbitrary files (ARCHITECTURE.md, security). Without dialogs (CLI,
 * preview on loopback with its token) the path the person typed or passed is theirs to choose.
 */
export class FileAccess {
  private readonly picked = new Set<string>();

  constructor(readonly dialogs?: FileDialogs) {}

  remember(file: string): void {
    this.picked.add(path.resolve(file));
  }

  /** The path as given when allowed; FORBIDDEN when the app has dialogs and none of them picked it. */
  check(file: string): string {
    if (this.dialogs && !this.picked.has(path.resolve(file))) {
      throw new AppError('FORBIDDEN', `${file} was not chosen in a file dialog`, {
        key: 'notPicked',
        params: { path: file },
      });
    }
    return file;
  }
}
