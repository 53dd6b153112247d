/**
 * Valid-shaped inputs of the promotions evaluation calls for the API fuzz test to mutate: unknown campaign
 * ids answer NOT_FOUND, mutations INVALID_INPUT (a rule outside the list, a page of 0, ids repeated).
 */
export const promotionsEvaluationTemplates: Record<string, Record<string, unknown>> = {
  'promotions:evaluate': { id: 'no-such-id' },
  'promotions:compare': { ids: ['no-such-id', 'another-missing-id'] },
  'promotions:attribution': { id: 'no-such-id', rule: 'code', page: 1, pageSize: 50 },
};
