/** Promotions (migration 0011): terms and stacks_with are JSON text checked by zod on every write. */
export interface CampaignsTable {
  id: string;
  name: string;
  type: string;
  goal: string;
  state: string;
  currency: string;
  terms: string;
  stacks_with: string | null;
  start_at: string;
  end_at: string;
  budget_minor: number | null;
  spend_minor: number;
  notes: string | null;
  activated_at: string | null;
  cancelled_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CampaignStorefrontsTable {
  campaign_id: string;
  storefront_id: string;
}

export interface CampaignScopeTable {
  campaign_id: string;
  kind: string;
  value: string;
}

export interface CampaignKeysTable {
  campaign_id: string;
  kind: string;
  value: string;
}

export interface CampaignOverridesTable {
  id: number | null;
  campaign_id: string;
  action: string;
  reason: string;
  below_floor_rows: number;
  actor_id: string | null;
  at: string;
}

/** Order lines a campaign explains (filled by attribution), with the rule that matched them. */
export interface CampaignOrderLinesTable {
  order_line_id: number;
  campaign_id: string;
  rule: string;
  discount_minor: number;
}
