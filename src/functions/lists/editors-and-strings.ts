/** The editors and the string/regex converters of `ottlfuncs`. */
import { append } from '../append.js';
import { clear } from '../clear.js';
import { Concat } from '../concat.js';
import { ConvertCase } from '../convert_case.js';
import { delete_index } from '../delete_index.js';
import { delete_key } from '../delete_key.js';
import { delete_matching_keys } from '../delete_matching_keys.js';
import { ExtractPatterns } from '../extract_patterns.js';
import { flatten } from '../flatten.js';
import { Format } from '../format.js';
import { HasPrefix } from '../has_prefix.js';
import { HasSuffix } from '../has_suffix.js';
import { Index } from '../index_fn.js';
import { IsMatch } from '../is_match.js';
import { keep_keys } from '../keep_keys.js';
import { keep_matching_keys } from '../keep_matching_keys.js';
import { Len } from '../len.js';
import { limit } from '../limit.js';
import { merge_maps } from '../merge_maps.js';
import { replace_all_matches } from '../replace_all_matches.js';
import { replace_all_patterns } from '../replace_all_patterns.js';
import { replace_match } from '../replace_match.js';
import { replace_pattern } from '../replace_pattern.js';
import { set } from '../set.js';
import type { AnyFunctionDefinition } from '../signature.js';
import { Split } from '../split.js';
import { stringify_all } from '../stringify_all.js';
import { Substring } from '../substring.js';
import { ToCamelCase } from '../to_camel_case.js';
import { ToLowerCase } from '../to_lower_case.js';
import { ToSnakeCase } from '../to_snake_case.js';
import { ToUpperCase } from '../to_upper_case.js';
import { Trim } from '../trim.js';
import { TrimPrefix } from '../trim_prefix.js';
import { TrimSuffix } from '../trim_suffix.js';
import { truncate_all } from '../truncate_all.js';

/** The 17 editors plus the string and regex converters. */
export const EDITOR_AND_STRING_FUNCTIONS: AnyFunctionDefinition[] = [
  append,
  clear,
  delete_index,
  delete_key,
  delete_matching_keys,
  keep_matching_keys,
  flatten,
  keep_keys,
  limit,
  merge_maps,
  replace_all_matches,
  replace_all_patterns,
  replace_match,
  replace_pattern,
  set,
  stringify_all,
  truncate_all,
  IsMatch,
  ExtractPatterns,
  Split,
  Concat,
  Format,
  Trim,
  TrimPrefix,
  TrimSuffix,
  HasPrefix,
  HasSuffix,
  ToLowerCase,
  ToUpperCase,
  ToCamelCase,
  ToSnakeCase,
  ConvertCase,
  Substring,
  Index,
  Len,
];
