// Collects what the export could not carry over, once per kind of problem, for the export dialog.
export class ExportWarnings {
  private readonly seen = new Set<string>();
  add(message: string): void {
    this.seen.add(message);
  }
  list(): string[] {
    return [...this.seen];
  }
}
