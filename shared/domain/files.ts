/** Why a file is being chosen: decides open or save, the dialog's title and its file types. */
export const filePurposes = [
  'catalogImport',
  'catalogExport',
  'catalogTemplate',
  'orderImport',
  'feeImport',
  'orderExport',
  'customerExport',
  'backupSave',
  'backupRestore',
  'reportExport',
  'reportFolder',
  'ticketImport',
  'surveyExport',
  'surveyImport',
] as const;
export type FilePurpose = (typeof filePurposes)[number];

/** Purposes that write a file (a save dialog); the others read one (an open dialog). */
export const savePurposes: readonly FilePurpose[] = [
  'catalogExport',
  'catalogTemplate',
  'orderExport',
  'customerExport',
  'backupSave',
  'reportExport',
  'surveyExport',
];

/** Purposes that read or write a ChannelDesk database file (a backup), not a spreadsheet. */
export const backupPurposes: readonly FilePurpose[] = ['backupSave', 'backupRestore'];

/** Purposes that pick a folder (the scheduled report's destination), not a file. */
export const folderPurposes: readonly FilePurpose[] = ['reportFolder'];

/** Purposes that open a spreadsheet to import. */
export const importPurposes: readonly FilePurpose[] = [
  'catalogImport',
  'orderImport',
  'feeImport',
  'ticketImport',
  'surveyImport',
];

/**
 * The answer of files.choose. In the desktop app a native dialog picks the path (null when cancelled). Where
 * no dialog exists (the preview server in a browser) `manual` is true and the page asks for the path in words.
 */
export interface FileChoice {
  path: string | null;
  manual: boolean;
}
