/**
 * Messages of the promotions feature, English and Chinese side by side (tickets-texts.ts pattern):
 * `promotionValidation*` are field messages (`validation.<key>`), `promotionError*` whole sentences for refused
 * actions (`errors.<key>` with the error's params). `{{name}}` placeholders are i18next style; a unit test checks
 * both languages have the same keys and placeholders.
 */
export const promotionValidationEn = {
  promotionType: 'must be one of the campaign types (percentage, fixed, flash, tiered, coupon, gift, …)',
  promotionGoal: 'must be sales, clearance, new_product, new_customers or awareness',
  promotionState: 'must be draft, scheduled, active, ended or cancelled',
  promotionTermsType: 'must be the terms of the campaign type chosen',
  promotionOffBp: 'must be a whole number of basis points from 1 to 10000 (0.01–100 % off)',
  promotionOffMinor: 'must be a whole amount in minor units above 0',
  promotionDiscountKind: 'must be percent or amount',
  promotionTiers: 'needs 1 to 20 tiers with strictly rising thresholds',
  promotionTierOff: 'must be above 0 and below its threshold',
  promotionMultibuyUnits: 'must be a whole number of units from 2 to 100',
  promotionMultibuyMode: 'must be nthUnit or bundle',
  promotionQuantity: 'must be a whole number from 1 to 10,000,000',
  promotionWindow: 'must be after the start',
  promotionStorefronts: 'needs 1 to 50 different storefronts',
  promotionRepeated: 'lists the same value twice',
  promotionKey: 'must be 1–100 characters without line breaks',
  promotionStacksWith: 'must list campaign types, each once',
  promotionOverrideReason: 'must say why (3–500 characters)',
  promotionScopeValue: 'must be 1–80 characters',
  promotionSkuUnknown: 'names a SKU that does not exist',
  promotionGiftSku: 'must be a SKU of the catalog that is not archived',
  promotionStorefrontUnknown: 'names a storefront that does not exist or is archived',
  promotionCurrencyMix: 'must all use one currency: the amounts of a campaign are in its currency',
  promotionRule: 'must be code, promotion_id, name or window',
  promotionCompareIds: 'needs 1 to 12 different campaigns',
} as const;

export type PromotionValidationKey = keyof typeof promotionValidationEn;

export const promotionValidationZh: Record<PromotionValidationKey, string> = {
  promotionType: '应为活动类型之一（折扣、立减、限时抢购、满减、优惠券、赠品……）',
  promotionGoal: '应为提升销售、清库存、新品、拉新或品牌曝光',
  promotionState: '应为草稿、已排期、进行中、已结束或已取消',
  promotionTermsType: '应为所选活动类型的规则',
  promotionOffBp: '应为 1 到 10000 之间的整数基点（优惠 0.01–100 %）',
  promotionOffMinor: '应为大于 0 的整数金额（最小货币单位）',
  promotionDiscountKind: '应为按比例或按金额',
  promotionTiers: '需要 1 到 20 档，门槛逐档升高',
  promotionTierOff: '应大于 0 且低于该档门槛',
  promotionMultibuyUnits: '应为 2 到 100 之间的整数件数',
  promotionMultibuyMode: '应为第 N 件优惠或整组折扣',
  promotionQuantity: '应为 1 到 10,000,000 之间的整数',
  promotionWindow: '应晚于开始时间',
  promotionStorefronts: '需要 1 到 50 个不同的店铺',
  promotionRepeated: '重复列出了同一个值',
  promotionKey: '应为 1–100 个字符，不含换行',
  promotionStacksWith: '应列出活动类型，每种一次',
  promotionOverrideReason: '需要说明原因（3–500 个字符）',
  promotionScopeValue: '应为 1–80 个字符',
  promotionSkuUnknown: '包含不存在的 SKU',
  promotionGiftSku: '应为商品库中未停用的 SKU',
  promotionStorefrontUnknown: '包含不存在或已归档的店铺',
  promotionCurrencyMix: '须使用同一币种：活动中的金额都以该币种计',
  promotionRule: '应为优惠码、平台活动编号、活动名称或时间窗口',
  promotionCompareIds: '需要 1 到 12 个不同的活动',
};

export const promotionErrorEn = {
  promotionBelowFloor:
    '{{count}} SKU × storefront rows would sell below their price floor (first: {{sku}} at {{price}}, floor {{floor}}, {{currency}} minor units); give an override reason to go ahead.',
  promotionTransition: 'A {{from}} campaign cannot be {{action}}.',
  promotionLocked:
    'Campaign "{{name}}" is {{state}}: only its name, notes, budget, spend and attribution keys can change.',
  promotionRole: 'Planning promotions is for owners and operators; the service role can only look at them.',
} as const;

export type PromotionErrorKey = keyof typeof promotionErrorEn;

export const promotionErrorZh: Record<PromotionErrorKey, string> = {
  promotionBelowFloor:
    '有 {{count}} 个 SKU × 店铺会低于价格底线（首个：{{sku}} 价格 {{price}}，底线 {{floor}}，{{currency}} 最小货币单位）；如需继续请填写放行原因。',
  promotionTransition: '状态为{{from}}的活动不能{{action}}。',
  promotionLocked: '活动“{{name}}”{{state}}：只能修改名称、备注、预算、花费和归因关键词。',
  promotionRole: '策划活动由老板和运营负责；客服角色只能查看。',
};

/** Fills `{{name}}` placeholders: the English sentence an AppError carries for logs and the CLI. */
export function promotionErrorText(key: PromotionErrorKey, params: Record<string, string | number>): string {
  return promotionErrorEn[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
