// STUB — the CLI entry.
export {};
