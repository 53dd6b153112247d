import { createRequire } from 'node:module';
import type ExcelJSModule from 'exceljs';

const requireCommonJs = createRequire(import.meta.url);
let loaded: typeof ExcelJSModule | undefined;

/**
 * exceljs, loaded on first use. Imported at the top of the readers and writers it cost every start of the app
 * and the preview ~400 ms before the window's first answer (measured, Node 20), though only imports and
 * exports use it. A CommonJS package, so a synchronous require keeps the call sites as they were.
 */
export function excelJs(): typeof ExcelJSModule {
  loaded ??= requireCommonJs('exceljs') as typeof ExcelJSModule;
  return loaded;
}
