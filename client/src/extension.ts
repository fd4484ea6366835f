// STUB — the thin VS Code client (owned by the VS Code work).
export function activate(): void {}
export function deactivate(): void {}
