/**
 * The catalog file's columns, shared by import, export and the template so the three can never drift apart:
 * whatever export writes, import reads back. Headers are matched by name in either language, never by position.
 */
export type CatalogLang = 'zh-CN' | 'en';

export const catalogColumnKeys = [
  'productName',
  'skuCode',
  'skuName',
  'category',
  'brand',
  'barcode',
  'weightG',
  'purchaseCost',
  'packagingCost',
  'inboundFreight',
  'otherCost',
  'stockOnHand',
  'reorderPoint',
  'priceBand',
] as const;
export type CatalogColumnKey = (typeof catalogColumnKeys)[number];

interface ColumnText {
  zh: string;
  en: string;
  /** Other spellings seen in sellers' own sheets. */
  aliases?: string[];
  helpZh: string;
  helpEn: string;
}

export const columnText: Record<CatalogColumnKey, ColumnText> = {
  productName: {
    zh: '商品名称',
    en: 'Product name',
    aliases: ['商品', 'product'],
    helpZh: '必填。同名的行归为同一个商品的不同SKU。',
    helpEn: 'Required. Rows with the same product name become SKUs of one product.',
  },
  skuCode: {
    zh: '商家编码',
    en: 'SKU code',
    aliases: ['sku编码', 'sku', '商家编码-sku维度'],
    helpZh: '必填，文件内不可重复。已有编码则更新，新编码则新建。按文本保存，0012 保持 0012。',
    helpEn:
      'Required, unique in the file. An existing code is updated, a new one created. Kept as text: 0012 stays 0012.',
  },
  skuName: {
    zh: 'SKU名称',
    en: 'SKU name',
    aliases: ['规格', 'sku 名称'],
    helpZh: '新SKU必填，例如颜色或尺码。',
    helpEn: 'Required for a new SKU, e.g. the colour or size.',
  },
  category: { zh: '类目', en: 'Category', aliases: ['分类'], helpZh: '可选。', helpEn: 'Optional.' },
  brand: { zh: '品牌', en: 'Brand', helpZh: '可选。', helpEn: 'Optional.' },
  barcode: {
    zh: '条码',
    en: 'Barcode',
    aliases: ['条形码', 'ean', 'upc'],
    helpZh: '可选，按文本保存。',
    helpEn: 'Optional, kept as text.',
  },
  weightG: {
    zh: '重量(克)',
    en: 'Weight (g)',
    aliases: ['重量(g)', 'weight g', 'weight'],
    helpZh: '可选，整数克。',
    helpEn: 'Optional, whole grams.',
  },
  purchaseCost: {
    zh: '采购成本(元)',
    en: 'Purchase cost',
    aliases: ['采购成本', '进货价'],
    helpZh: '新SKU必填，本位币金额，最多两位小数。成本变化时新增一条成本记录，历史不改。',
    helpEn:
      'Required for a new SKU, base currency, at most 2 decimals. A change adds a dated cost row; history is kept.',
  },
  packagingCost: {
    zh: '包装成本(元)',
    en: 'Packaging cost',
    aliases: ['包装成本'],
    helpZh: '可选，默认 0。',
    helpEn: 'Optional, 0 when empty.',
  },
  inboundFreight: {
    zh: '头程运费(元)',
    en: 'Inbound freight',
    aliases: ['头程运费', '入库运费'],
    helpZh: '可选，默认 0。',
    helpEn: 'Optional, 0 when empty.',
  },
  otherCost: {
    zh: '其他成本(元)',
    en: 'Other cost',
    aliases: ['其他成本'],
    helpZh: '可选，默认 0。',
    helpEn: 'Optional, 0 when empty.',
  },
  stockOnHand: {
    zh: '库存',
    en: 'Stock on hand',
    aliases: ['现有库存', '库存数量', 'stock'],
    helpZh: '可选，整数。变化记为一次库存调整。',
    helpEn: 'Optional, whole units. A change is recorded as a stock adjustment.',
  },
  reorderPoint: {
    zh: '补货点',
    en: 'Reorder point',
    aliases: ['安全库存'],
    helpZh: '可选，整数。',
    helpEn: 'Optional, whole units.',
  },
  priceBand: {
    zh: '价格带',
    en: 'Price band',
    helpZh: '可选：高 / 中 / 低（或 high / mid / low），默认 中。',
    helpEn: 'Optional: high, mid or low (or 高 / 中 / 低); mid when empty.',
  },
};

/** Per-storefront columns: "price@天猫旗舰店", "external sku@Shopify Global". */
export const storefrontColumnPrefix = {
  price: { zh: '价格@', en: 'price@', aliases: ['售价@'] },
  externalSku: { zh: '平台SKU@', en: 'external sku@', aliases: ['平台sku编码@', 'external sku id@'] },
} as const;
export type StorefrontColumnKind = keyof typeof storefrontColumnPrefix;

export const storefrontColumnHelp: Record<StorefrontColumnKind, { zh: string; en: string }> = {
  price: {
    zh: '该店铺的售价，按店铺币种，留空则不改。',
    en: "Price on that storefront in the storefront's currency; empty leaves it unchanged.",
  },
  externalSku: {
    zh: '该店铺平台上的SKU编号，按文本保存。',
    en: "The platform's own SKU id on that storefront, kept as text.",
  },
};

/**
 * Header as compared: NFKC turns full-width brackets and letters into half-width ("（元）" = "(元)"),
 * then case and runs of spaces are ignored.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*([()@])\s*/g, '$1');
}

const byHeader = new Map<string, CatalogColumnKey>();
for (const key of catalogColumnKeys) {
  const t = columnText[key];
  for (const h of [t.zh, t.en, ...(t.aliases ?? [])]) byHeader.set(normalizeHeader(h), key);
}

export type HeaderMatch =
  { kind: 'column'; key: CatalogColumnKey } | { kind: StorefrontColumnKind; storefront: string } | null;

export function matchHeader(raw: string): HeaderMatch {
  const norm = normalizeHeader(raw);
  const key = byHeader.get(norm);
  if (key) return { kind: 'column', key };
  for (const kind of Object.keys(storefrontColumnPrefix) as StorefrontColumnKind[]) {
    const p = storefrontColumnPrefix[kind];
    for (const prefix of [p.zh, p.en, ...p.aliases]) {
      const n = normalizeHeader(prefix);
      if (norm.startsWith(n) && norm.length > n.length) {
        // The storefront name keeps its own spelling (case, spaces) from the original header.
        const at = raw.normalize('NFKC').indexOf('@');
        return {
          kind,
          storefront: raw
            .normalize('NFKC')
            .slice(at + 1)
            .trim(),
        };
      }
    }
  }
  return null;
}

export function headerText(key: CatalogColumnKey, lang: CatalogLang): string {
  return lang === 'en' ? columnText[key].en : columnText[key].zh;
}

export function storefrontHeader(kind: StorefrontColumnKind, name: string, lang: CatalogLang): string {
  return `${lang === 'en' ? storefrontColumnPrefix[kind].en : storefrontColumnPrefix[kind].zh}${name}`;
}

/** Header row of a catalog file for the given storefront names. */
export function catalogHeaders(storefronts: string[], lang: CatalogLang): string[] {
  return [
    ...catalogColumnKeys.map((k) => headerText(k, lang)),
    ...storefronts.flatMap((s) => [
      storefrontHeader('price', s, lang),
      storefrontHeader('externalSku', s, lang),
    ]),
  ];
}

export const priceBandText: Record<string, 'high' | 'mid' | 'low'> = {
  high: 'high',
  mid: 'mid',
  low: 'low',
  高: 'high',
  中: 'mid',
  低: 'low',
};
export const priceBandLabel = {
  'zh-CN': { high: '高', mid: '中', low: '低' },
  en: { high: 'high', mid: 'mid', low: 'low' },
};
