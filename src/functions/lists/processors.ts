/**
 * The functions the transform and filter processors add to the standard OTTL library, each with
 * `contexts` set to where the processor registers it (`metric`, `datapoint`, `log`, `span`).
 */
import type { AnyFunctionDefinition } from '../signature.js';
import { aggregateOnAttributeValue } from '../processors/aggregate_on_attribute_value.js';
import { aggregateOnAttributes } from '../processors/aggregate_on_attributes.js';
import { convertExponentialHistogramToHistogram } from '../processors/convert_exponential_histogram_to_histogram.js';
import { convertGaugeToSum } from '../processors/convert_gauge_to_sum.js';
import { convertSumToGauge } from '../processors/convert_sum_to_gauge.js';
import { convertSummaryCountValToSum } from '../processors/convert_summary_count_val_to_sum.js';
import { convertSummaryQuantileValToGauge } from '../processors/convert_summary_quantile_val_to_gauge.js';
import { convertSummarySumValToSum } from '../processors/convert_summary_sum_val_to_sum.js';
import { copyMetric } from '../processors/copy_metric.js';
import { extractCountMetric } from '../processors/extract_count_metric.js';
import { extractPercentileMetric } from '../processors/extract_percentile_metric.js';
import { extractSumMetric } from '../processors/extract_sum_metric.js';
import { hasAttrKeyOnDatapoint } from '../processors/has_attr_key_on_datapoint.js';
import { hasAttrOnDatapoint } from '../processors/has_attr_on_datapoint.js';
import { mergeHistogramBuckets } from '../processors/merge_histogram_buckets.js';
import { parseCEF } from '../processors/parse_cef.js';
import { parseCLF } from '../processors/parse_clf.js';
import { parseELF } from '../processors/parse_elf.js';
import { parseLEEF } from '../processors/parse_leef.js';
import { scaleMetric } from '../processors/scale_metric.js';
import { setSemconvSpanName } from '../processors/set_semconv_span_name.js';

/** Transform processor functions (metric, data point, log and span contexts). */
export const TRANSFORM_FUNCTIONS: AnyFunctionDefinition[] = [
  // metric context
  convertSumToGauge,
  convertGaugeToSum,
  extractCountMetric,
  extractSumMetric,
  extractPercentileMetric,
  convertSummaryQuantileValToGauge,
  copyMetric,
  scaleMetric,
  aggregateOnAttributes,
  aggregateOnAttributeValue,
  convertExponentialHistogramToHistogram,
  // data point context
  convertSummaryCountValToSum,
  convertSummarySumValToSum,
  mergeHistogramBuckets,
  // log context
  parseCEF,
  parseCLF,
  parseELF,
  parseLEEF,
  // span context
  setSemconvSpanName,
];

/** Filter processor functions (metric context converters). */
export const FILTER_FUNCTIONS: AnyFunctionDefinition[] = [hasAttrKeyOnDatapoint, hasAttrOnDatapoint];
