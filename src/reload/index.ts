/** Hot-reloadable rule sets: build the new set off to the side, then swap one reference. */
export { ReloadableProcessor } from './reloadable.js';
export type { AppliedEvent, RejectedEvent, ReloadableOptions, RuleSetVersion, UpdateOptions, UpdateResult } from './reloadable.js';
export { diagnosticsOf, filterCompiler, transformCompiler } from './compilers.js';
export type { ProcessResult, RuleSet, RuleSetCompiler } from './compilers.js';
export { loadConfigSource } from './config-source.js';
export type { ConfigSource } from './config-source.js';
