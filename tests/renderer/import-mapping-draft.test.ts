import { describe, expect, it } from 'vitest';
import {
  draftSettings,
  exampleOf,
  headerChoices,
  initialDraft,
  missingFields,
  unmappedStatuses,
} from '../../renderer/src/features/imports/mapping-draft';
import type { FileInspection } from '../../shared/domain/import-inspection';

const inspection: FileInspection = {
  headers: ['Order No', 'Date', 'Price', 'Status', 'Price', ''],
  headerRow: 1,
  sample: [
    ['A-1', '', '9.90', 'Dispatched'],
    ['A-2', '2024-05-02', '5.00', 'Completed'],
  ],
  detected: null,
  saved: null,
  suggested: { externalId: 'Order No', placedAt: 'Date', unitPrice: 'Price', status: 'Status' },
  statusHeader: 'Status',
  distinctStatuses: ['Dispatched', 'Completed'],
  recognisedStatuses: { Completed: 'completed' },
};

describe('the mapping screen draft', () => {
  it('starts from the suggestion, or from the saved settings minus columns the file no longer has', () => {
    expect(initialDraft(inspection)).toEqual({
      mapping: inspection.suggested,
      statusValues: {},
      defaultStatus: 'paid',
      dayFirst: false,
    });
    const saved = initialDraft({
      ...inspection,
      saved: {
        mapping: { externalId: 'Order No', placedAt: 'Order date', lineTotal: 'Price' },
        statusValues: { Dispatched: 'shipped' },
        dayFirst: true,
      },
    });
    expect(saved.mapping).toEqual({ externalId: 'Order No', lineTotal: 'Price' });
    expect(saved).toMatchObject({ statusValues: { Dispatched: 'shipped' }, dayFirst: true });
    expect(missingFields(saved.mapping)).toEqual({ placedAt: 'mappingFieldRequired' });
  });

  it('lists each header once, shows the first filled example, and names what is missing', () => {
    expect(headerChoices(inspection.headers)).toEqual(['Order No', 'Date', 'Price', 'Status']);
    expect(exampleOf(inspection, 'Date')).toBe('2024-05-02');
    expect(exampleOf(inspection, 'Nope')).toBe('');
    expect(missingFields({ externalId: 'Order No' })).toEqual({
      placedAt: 'mappingFieldRequired',
      unitPrice: 'mappingPriceRequired',
      lineTotal: 'mappingPriceRequired',
    });
  });

  it('saves the value map with a status column and the default status without one', () => {
    const draft = initialDraft(inspection);
    expect(unmappedStatuses(draft, inspection)).toEqual(['Dispatched']);
    const chosen = { ...draft, statusValues: { Dispatched: 'shipped' as const } };
    expect(unmappedStatuses(chosen, inspection)).toEqual([]);
    expect(draftSettings(chosen)).toEqual({
      mapping: inspection.suggested,
      statusValues: { Dispatched: 'shipped' },
      dayFirst: false,
    });
    const noStatus = { ...chosen, mapping: { externalId: 'Order No', placedAt: 'Date', unitPrice: 'Price' } };
    expect(draftSettings({ ...noStatus, defaultStatus: 'completed' })).toEqual({
      mapping: noStatus.mapping,
      defaultStatus: 'completed',
      dayFirst: false,
    });
  });
});
