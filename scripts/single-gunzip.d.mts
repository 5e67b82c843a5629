/** The single file's own gunzip (single-gunzip.mjs): a gzip member's content; damaged input throws. */
export function gunzip(d: Uint8Array): Uint8Array;
