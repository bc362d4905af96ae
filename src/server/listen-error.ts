/** A receiver of `ottl serve` could not listen where it was told (the address is in use, or not this host's). */
export class ListenError extends Error {}
