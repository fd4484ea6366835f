// STUB — the language server entry (owned by the LSP work).
export {};
