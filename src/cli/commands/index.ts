/** The list of CLI commands. */
import type { Command } from 'commander';

export function register(_program: Command): void {
  // Commands are added here as they land.
}
