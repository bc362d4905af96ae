/** Built-ins of the type, encoding, id and time family. */
import { Base64Decode } from '../base64decode.js';
import { Base64Encode } from '../base64encode.js';
import { Bool } from '../bool.js';
import { Coalesce } from '../coalesce.js';
import { Day } from '../day.js';
import { Decode } from '../decode.js';
import { Double } from '../double.js';
import { Duration } from '../duration.js';
import { FormatTime } from '../format_time.js';
import { Hex } from '../hex.js';
import { Hour } from '../hour.js';
import { Hours } from '../hours.js';
import { Int } from '../int.js';
import { IsBool } from '../is_bool.js';
import { IsDouble } from '../is_double.js';
import { IsEmpty } from '../is_empty.js';
import { IsInCIDR } from '../is_in_cidr.js';
import { IsInt } from '../is_int.js';
import { IsList } from '../is_list.js';
import { IsMap } from '../is_map.js';
import { IsRootSpan } from '../is_root_span.js';
import { IsString } from '../is_string.js';
import { IsValidLuhn } from '../is_valid_luhn.js';
import { Log } from '../log.js';
import { Microseconds } from '../microseconds.js';
import { Milliseconds } from '../milliseconds.js';
import { Minute } from '../minute.js';
import { Minutes } from '../minutes.js';
import { Month } from '../month.js';
import { Nanosecond } from '../nanosecond.js';
import { Nanoseconds } from '../nanoseconds.js';
import { Now } from '../now.js';
import { ParseInt } from '../parse_int.js';
import { ProfileID } from '../profile_id.js';
import { Second } from '../second.js';
import { Seconds } from '../seconds.js';
import type { AnyFunctionDefinition } from '../signature.js';
import { SpanID } from '../span_id.js';
import { StringFunction } from '../string.js';
import { Time } from '../time.js';
import { TraceID } from '../trace_id.js';
import { TruncateTime } from '../truncate_time.js';
import { Unix } from '../unix.js';
import { UnixMicro } from '../unix_micro.js';
import { UnixMilli } from '../unix_milli.js';
import { UnixNano } from '../unix_nano.js';
import { UnixSeconds } from '../unix_seconds.js';
import { UUID } from '../uuid.js';
import { UUIDv7 } from '../uuidv7.js';
import { Weekday } from '../weekday.js';
import { Year } from '../year.js';

export const TYPE_AND_TIME_FUNCTIONS: AnyFunctionDefinition[] = [
  // types
  Bool, Int, Double, StringFunction, Hex, IsBool, IsDouble, IsInt, IsMap, IsList, IsString, IsEmpty,
  Coalesce, ParseInt, Log, IsValidLuhn, IsInCIDR, IsRootSpan,
  // encoding
  Base64Decode, Base64Encode, Decode,
  // ids and random
  TraceID, SpanID, ProfileID, UUID, UUIDv7,
  // time
  Time, FormatTime, Now, Unix, UnixMicro, UnixMilli, UnixNano, UnixSeconds,
  Day, Hour, Minute, Month, Nanosecond, Second, Weekday, Year,
  Duration, Hours, Minutes, Seconds, Milliseconds, Microseconds, Nanoseconds, TruncateTime,
];
