import { describe, expect, it } from 'vitest';
import { dialogTexts } from '../../electron/core/files/dialog-texts';
import { fileChoiceSchema } from '../../shared/api/schemas/files';
import { importPurposes, savePurposes } from '../../shared/domain/files';

describe('survey file purposes', () => {
  it('saves the invitation sheet as xlsx or csv, with its own title in both languages', () => {
    expect(savePurposes).toContain('surveyExport');
    expect(dialogTexts('en', 'surveyExport', 'invitations.xlsx')).toEqual({
      title: 'Save the survey invitation sheet',
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
    expect(dialogTexts('zh-CN', 'surveyExport', 'invitations.csv')).toEqual({
      title: '保存问卷邀请表',
      filters: [{ name: 'CSV（逗号分隔）', extensions: ['csv'] }],
    });
  });

  it('opens a spreadsheet of responses to import', () => {
    expect(importPurposes).toContain('surveyImport');
    expect(savePurposes).not.toContain('surveyImport');
    expect(dialogTexts('zh-CN', 'surveyImport')).toEqual({
      title: '从问卷工具导入回答',
      filters: [{ name: '表格文件', extensions: ['xlsx', 'csv', 'tsv', 'txt'] }],
    });
    expect(dialogTexts('en', 'surveyImport').title).toBe('Import survey responses from a form tool');
    expect(fileChoiceSchema.safeParse({ purpose: 'surveyImport' }).success).toBe(true);
  });
});
