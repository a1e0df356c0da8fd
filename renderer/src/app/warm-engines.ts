// The two engines a case's screens would otherwise start on first use, started once the app is idle instead: the records
// viewer's pdf.js (its worker, its code and a small PDF drawn off screen) and the spelling worker (its dictionaries take
// about half a second). One after the other, so they never both compete with the physician for the second core.
export function warmEngines(): void {
  void import('../features/records/record-pdf-source')
    .then((viewer) => viewer.warmRecordPdf())
    .then(() => import('../editor/spellcheck/spell-client'))
    .then((spelling) => spelling.spellClient.warm())
    .catch(() => undefined); // only a head start: the first real use starts whatever is not ready
}
