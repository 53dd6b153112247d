import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../../shared/api/result';
import {
  catalogColumnKeys,
  columnText,
  headerText,
  storefrontColumnHelp,
  storefrontHeader,
  type CatalogLang,
} from './columns';
import { catalogRows, costColumnPositions, writeCatalogFile, type CatalogFileFormat } from './export';
import { loadSnapshot } from './snapshot';
import { nowIso } from '../../../../shared/logic/ids';

export interface CatalogFileRequest {
  path: string;
  lang: CatalogLang;
  format?: CatalogFileFormat;
}

export interface CatalogFileResult {
  path: string;
  rows: number;
}

/**
 * Only an absolute path in a folder that exists: the app passes what a save dialog picked, and a relative
 * path would land wherever the process happens to run.
 */
export function checkOutputPath(file: string): string {
  if (!path.isAbsolute(file)) {
    throw new AppError('INVALID_INPUT', `${file} is not an absolute path`, {
      key: 'invalidInput',
      issues: [{ path: 'path', message: 'absolutePath' }],
    });
  }
  const dir = path.dirname(file);
  if (
    !fs.existsSync(dir) ||
    !fs.statSync(dir).isDirectory() ||
    (fs.existsSync(file) && fs.statSync(file).isDirectory())
  ) {
    throw new AppError('INVALID_INPUT', `The folder of ${file} does not exist`, {
      key: 'invalidInput',
      issues: [{ path: 'path', message: 'folderMissing' }],
    });
  }
  return file;
}

const zhTitle = (lang: CatalogLang, zh: string, en: string): string => (lang === 'zh-CN' ? zh : en);

/** Refused before a worker starts: the file must exist and be one the importer reads. */
export function checkImportFile(file: string): string {
  const ok =
    path.isAbsolute(file) &&
    ['.csv', '.tsv', '.txt', '.xlsx'].includes(path.extname(file).toLowerCase()) &&
    fs.existsSync(file) &&
    fs.statSync(file).isFile();
  if (!ok) {
    throw new AppError('INVALID_INPUT', `${file} is not a csv or xlsx file that exists`, {
      key: 'invalidInput',
      issues: [{ path: 'path', message: 'fileMissing' }],
    });
  }
  return file;
}

export const formatOf = (file: string, format?: CatalogFileFormat): CatalogFileFormat =>
  format ?? (path.extname(file).toLowerCase() === '.csv' ? 'csv' : 'xlsx');

export async function exportProducts(
  sqlite: BetterSqlite3.Database,
  req: CatalogFileRequest,
  hideCosts = false,
): Promise<CatalogFileResult> {
  const file = checkOutputPath(req.path);
  const { headers, rows } = catalogRows(sqlite, req.lang);
  await writeCatalogFile(
    file,
    formatOf(file, req.format),
    headers,
    rows,
    zhTitle(req.lang, '商品', 'Catalog'),
    undefined,
    costColumnPositions(hideCosts),
  );
  return { path: file, rows: rows.length };
}

/** An empty sheet with the headers, and a second sheet explaining each column (xlsx only: csv has one sheet). */
export async function productTemplate(
  sqlite: BetterSqlite3.Database,
  req: CatalogFileRequest,
  hideCosts = false,
): Promise<CatalogFileResult> {
  const file = checkOutputPath(req.path);
  const zh = req.lang === 'zh-CN';
  const omit = costColumnPositions(hideCosts);
  const storefronts = [...loadSnapshot(sqlite, nowIso()).storefronts.values()].filter((s) => !s.archived);
  const { headers } = catalogRows(sqlite, req.lang);
  const help = [
    [zh ? '列' : 'Column', zh ? '说明' : 'Explanation'],
    ...catalogColumnKeys
      .filter((_, i) => !omit.has(i))
      .map((k) => [headerText(k, req.lang), zh ? columnText[k].helpZh : columnText[k].helpEn]),
    ...storefronts.flatMap((s) =>
      (['price', 'externalSku'] as const).map((kind) => [
        storefrontHeader(kind, s.name, req.lang),
        zh ? storefrontColumnHelp[kind].zh : storefrontColumnHelp[kind].en,
      ]),
    ),
  ];
  await writeCatalogFile(
    file,
    formatOf(file, req.format),
    headers,
    [],
    zhTitle(req.lang, '模板', 'Template'),
    {
      title: zh ? '填写说明' : 'Instructions',
      rows: help,
    },
    omit,
  );
  return { path: file, rows: 0 };
}
