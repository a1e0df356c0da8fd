// Backend logging that never writes patient data: only the error's class and stack frames, never its message or values.
export function logError(context: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error && error.stack ? error.stack.split('\n').slice(1, 6).join('\n') : '';
  console.error(`[medlegal] ${context}: ${name}\n${frames}`);
}
