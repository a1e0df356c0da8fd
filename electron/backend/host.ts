// What the backend asks of its host (Electron's dialogs in the app, a temp folder in tests and the demo).
// Keeps dialogs out of the backend, so the same handlers run with or without Electron.
export interface BackendHost {
  /** Asks where to save a file; resolves to null when the user cancels. */
  chooseSavePath(suggestedFileName: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
}
