/**
 * Refusals for the service role, which sees no costs or profit (PRODUCT.md §10). English and Chinese side by
 * side; the renderer spreads both into `errors.*`, the AppError carries the English sentence for logs and the CLI.
 */
export const costRoleErrorEn = {
  costRoleCatalog:
    'Costs are for owners and operators: the service role can neither see nor change SKU costs or import the catalog.',
  costRolePricing:
    'Pricing works from costs, fees and floors: it is for owners and operators, not the service role.',
  costRoleReport:
    'The monthly report is full of costs and profit: it is for owners and operators, not the service role.',
  costRoleKpis:
    'These figures include costs, fees and profit: they are for owners and operators, not the service role.',
} as const;

export type CostRoleErrorKey = keyof typeof costRoleErrorEn;

export const costRoleErrorZh: Record<CostRoleErrorKey, string> = {
  costRoleCatalog: '成本由老板和运营负责：客服角色不能查看或修改 SKU 成本，也不能导入商品库。',
  costRolePricing: '定价基于成本、费用和价格底线：由老板和运营使用，客服角色不可用。',
  costRoleReport: '月度报表包含大量成本和利润数据：由老板和运营使用，客服角色不可用。',
  costRoleKpis: '这些指标包含成本、费用和利润：由老板和运营使用，客服角色不可用。',
};
