/** Valid-shaped dashboard queries for the API fuzz test to mutate. */
export const dashboardTemplates: Record<string, Record<string, unknown>> = {
  'dashboard:overview': { from: '2024-06-01', to: '2024-06-30', storefrontId: 'no-such-id' },
  'dashboard:rankings': { from: '2024-06-01', to: '2024-06-30', storefrontId: 'no-such-id' },
  'dashboard:alerts': { from: '2024-06-01', to: '2024-06-30', storefrontId: 'no-such-id' },
  'dashboard:products': { from: '2024-06-01', to: '2024-06-30', storefrontId: 'no-such-id' },
  'dashboard:belowFloor': { storefrontId: 'no-such-id' },
};
