import {
  genericFields,
  genericPriceFields,
  type GenericField,
  type GenericImportSettings,
  type GenericMapping,
} from '../../../../shared/domain/order-mapping';
import type { FileInspection } from '../../../../shared/domain/import-inspection';
import type { OrderStatus } from '../../../../shared/domain/orders';

/** What the mapping screen edits; turned into GenericImportSettings on save. */
export interface MappingDraft {
  mapping: GenericMapping;
  /** The person's choices per status value (saved ones included); values without one fall back to recognised. */
  statusValues: Record<string, OrderStatus>;
  defaultStatus: OrderStatus;
  dayFirst: boolean;
}

/** The status column's values and what the importer already makes of them (from inspectFile). */
export type StatusValues = Pick<FileInspection, 'distinctStatuses' | 'recognisedStatuses'>;

/** The saved settings when there are any, else the suggestion; columns the file no longer has are dropped. */
export function initialDraft(inspection: FileInspection): MappingDraft {
  const saved = inspection.saved;
  const present = new Set(inspection.headers);
  const mapping: GenericMapping = {};
  for (const [field, header] of Object.entries(saved?.mapping ?? inspection.suggested) as [
    GenericField,
    string | undefined,
  ][]) {
    if (header && present.has(header)) mapping[field] = header;
  }
  return {
    mapping,
    statusValues: { ...saved?.statusValues },
    defaultStatus: saved?.defaultStatus ?? 'paid',
    dayFirst: saved?.dayFirst ?? false,
  };
}

/** The header cells a field can be mapped to: each once, blanks left out (a Select needs unique values). */
export const headerChoices = (headers: readonly string[]): string[] => [
  ...new Set(headers.filter((h) => h !== '')),
];

/** The first filled sample cell of a column, to show beside the field mapped to it. */
export function exampleOf(inspection: FileInspection, header: string | undefined): string {
  if (!header) return '';
  const index = inspection.headers.indexOf(header);
  if (index < 0) return '';
  return inspection.sample.map((row) => row[index] ?? '').find((cell) => cell !== '') ?? '';
}

/** Validation keys per field the importer cannot do without (the same rule as saveMappingSchema). */
export function missingFields(mapping: GenericMapping): Partial<Record<GenericField, string>> {
  const missing: Partial<Record<GenericField, string>> = {};
  for (const { field, required } of genericFields) {
    if (required && !mapping[field]) missing[field] = 'mappingFieldRequired';
  }
  if (!genericPriceFields.some((field) => mapping[field])) {
    for (const field of genericPriceFields) missing[field] = 'mappingPriceRequired';
  }
  return missing;
}

/** What a status value of the file will become: the person's choice, else what the importer recognises. */
export const statusOf = (draft: MappingDraft, values: StatusValues, value: string): OrderStatus | null =>
  draft.statusValues[value] ?? values.recognisedStatuses[value] ?? null;

/** Listed status values nothing maps yet: an import would refuse their rows. */
export const unmappedStatuses = (draft: MappingDraft, values: StatusValues): string[] =>
  values.distinctStatuses.filter((value) => statusOf(draft, values, value) === null);

/** The settings to save: mapped fields only; the value map with a status column, the default without one. */
export function draftSettings(draft: MappingDraft): GenericImportSettings {
  const mapping: GenericMapping = {};
  for (const { field } of genericFields) {
    if (draft.mapping[field]) mapping[field] = draft.mapping[field];
  }
  return mapping.status
    ? { mapping, statusValues: draft.statusValues, dayFirst: draft.dayFirst }
    : { mapping, defaultStatus: draft.defaultStatus, dayFirst: draft.dayFirst };
}
