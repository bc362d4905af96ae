/**
 * Where a piece of rule text sits: UTF-16 offsets into its source, `end` exclusive. Every AST node,
 * diagnostic and compile error carries one; `Source` turns offsets into lines and columns.
 */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
}
