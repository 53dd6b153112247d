import { z } from 'zod';
import { filePurposes } from '../../domain/files';

export const fileChoiceSchema = z.object({
  purpose: z.enum(filePurposes, { error: 'filePurpose' }),
  /** File name the save dialog proposes, e.g. "channeldesk-products-2026-12-01.xlsx". */
  defaultName: z.string({ error: 'tooLong' }).trim().max(200, { error: 'tooLong' }).optional(),
});
export type FileChoiceInput = z.output<typeof fileChoiceSchema>;
