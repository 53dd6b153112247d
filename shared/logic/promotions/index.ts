/** Pure promotion rules of PRODUCT.md §6: stacking, states, worst-case prices, guardrail and conflicts. */
export { allowedWith, campaignsStack, DEFAULT_STACKS_WITH, type Stackable } from './stacking';
export { campaignStateAt, windowsOverlap, type StoredCampaignState } from './states';
export { floorMinor, worstUnitPrice, type PricedTerms, type WorstPrice } from './effective-price';
export { campaignCovers, type GuardCampaign, type GuardListing } from './coverage';
export { worstMoment, type Window, type WorstMoment } from './worst-moment';
export { guardrailRows } from './guardrail';
export { findConflicts } from './conflicts';
