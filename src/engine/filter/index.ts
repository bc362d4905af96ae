/** The filter processor: configuration, compilation and the in-place removal of matching telemetry. */
export { FilterProcessor } from './processor.js';
export type { FilterOptions, FilterResult } from './processor.js';
export { readFilterConfig, looksLikeFilter, FILTER_CONTEXTS } from './config.js';
export type { FilterConfig, SignalFilterConfig, ConditionGroupConfig } from './config.js';
export { countItems, ITEM_KINDS, SIGNAL_KINDS } from './counts.js';
export type { ItemCounts } from './counts.js';
export { defaultFilterErrorMode } from './rules.js';
