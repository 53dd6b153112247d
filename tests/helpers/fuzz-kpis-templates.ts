/** Valid-shaped KPI queries for the API fuzz test to mutate. */
export const kpisTemplates: Record<string, Record<string, unknown>> = {
  'kpis:compute': { from: '2024-06-01', to: '2024-06-30', storefrontId: 'no-such-id' },
};
