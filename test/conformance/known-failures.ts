/** Conformance cases we do not pass yet, each with the reason. Remove an entry when it passes. */
export const KNOWN_FAILURES: Readonly<Record<string, string>> = {};
