/**
 * Built-ins of the parsing, hashing, XML, network and collection family, plus the experimental
 * lambda converters (registered only with the `pkg.ottl.functions.enableExperimental` gate; see
 * each definition's `featureGate`).
 */
import { All } from '../all.js';
import { Any } from '../any.js';
import { CommunityID } from '../community_id.js';
import { ContainsValue } from '../contains_value.js';
import { ConvertAttributesToElementsXML } from '../convert_attributes_to_elements_xml.js';
import { ConvertTextToElementsXML } from '../convert_text_to_elements_xml.js';
import { ExtractGrokPatterns } from '../extract_grok_patterns.js';
import { Filter } from '../filter.js';
import { Find } from '../find.js';
import { FNV } from '../fnv.js';
import { GetXML } from '../get_xml.js';
import { InsertXML } from '../insert_xml.js';
import { Keys } from '../keys.js';
import { MapEach } from '../map_each.js';
import { MapKeys } from '../map_keys.js';
import { MD5 } from '../md5.js';
import { Murmur3Hash } from '../murmur3_hash.js';
import { Murmur3Hash128 } from '../murmur3_hash128.js';
import { ParseCSV } from '../parse_csv.js';
import { ParseJSON } from '../parse_json.js';
import { ParseKeyValue } from '../parse_key_value.js';
import { ParseSeverity } from '../parse_severity.js';
import { ParseSimplifiedXML } from '../parse_simplified_xml.js';
import { ParseXML } from '../parse_xml.js';
import { Reduce } from '../reduce.js';
import { RemoveXML } from '../remove_xml.js';
import { SHA1 } from '../sha1.js';
import { SHA256 } from '../sha256.js';
import { SHA512 } from '../sha512.js';
import type { AnyFunctionDefinition } from '../signature.js';
import { SliceToMap } from '../slice_to_map.js';
import { Sort } from '../sort.js';
import { ToKeyValueString } from '../to_key_value_string.js';
import { URL } from '../url.js';
import { UserAgent } from '../user_agent.js';
import { Values } from '../values.js';
import { When } from '../when.js';
import { XXH128 } from '../xxh128.js';
import { XXH3 } from '../xxh3.js';

/** The definitions of this family, in alphabetical order. */
export const PARSER_AND_COLLECTION_FUNCTIONS: AnyFunctionDefinition[] = [
  All,
  Any,
  CommunityID,
  ContainsValue,
  ConvertAttributesToElementsXML,
  ConvertTextToElementsXML,
  ExtractGrokPatterns,
  Filter,
  Find,
  FNV,
  GetXML,
  InsertXML,
  Keys,
  MapEach,
  MapKeys,
  MD5,
  Murmur3Hash,
  Murmur3Hash128,
  ParseCSV,
  ParseJSON,
  ParseKeyValue,
  ParseSeverity,
  ParseSimplifiedXML,
  ParseXML,
  Reduce,
  RemoveXML,
  SHA1,
  SHA256,
  SHA512,
  SliceToMap,
  Sort,
  ToKeyValueString,
  URL,
  UserAgent,
  Values,
  When,
  XXH128,
  XXH3,
];
