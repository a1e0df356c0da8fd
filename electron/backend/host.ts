// What the backend asks of its host (Electron's dialogs in the app, a temp folder in tests and the demo).
// Keeps dialogs out of the backend, so the same handlers run with or without Electron.
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface BackendHost {
  /** Asks where to save a file; resolves to null when the user cancels. */
  chooseSavePath(suggestedFileName: string, filter: FileFilter): Promise<string | null>;
  /**
   * Asks for one existing file to open (signature image, letterhead); resolves to null when the user cancels.
   * Hosts without a file picker (the demo, benchmarks) leave it out; choosing a file then fails with a message.
   */
  chooseOpenFile?(filter: FileFilter): Promise<string | null>;
  /** Asks for a folder (where automatic backups go, e.g. on an external drive); resolves to null when the user cancels. */
  chooseFolder?(title: string): Promise<string | null>;
  /** Asks for any number of existing files (record PDFs); resolves to [] when the user cancels. */
  chooseOpenFiles?(filter: FileFilter): Promise<string[]>;
  /**
   * Opens a file the app wrote (an exported report) in its usual program; resolves to '' or the system's error. Only
   * ever given a path from the export history, never one from the page.
   */
  openFile?(file: string): Promise<string>;
  /** Shows a file the app wrote in the system's file manager (Explorer, Finder), selected. */
  showInFolder?(file: string): void;
}
