/**
 * fast-check generators of OTLP/JSON documents and of their JSON text. The generators live in
 * `src/testing` (the published `ottl/testing` helpers); these names are kept for the model tests.
 */
export {
  otlpJsonAnyValueArb as anyValue,
  otlpJsonAttributesArb as attributes,
  otlpJsonDocumentArb as document,
  otlpJsonLogsArb as logsDocument,
  otlpJsonMetricsArb as metricsDocument,
  otlpJsonTracesArb as tracesDocument,
  rawNumber,
  toJsonText,
} from '../../src/testing/otlpjson.js';
