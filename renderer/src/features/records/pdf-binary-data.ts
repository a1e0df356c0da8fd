// The files pdf.js loads besides the PDF: the standard fonts (so a record using Helvetica or Times without embedding
// them looks the same on every computer) and the image decoders compiled to WebAssembly (JPEG 2000, JBIG2).
// They are bundled by Vite with hashed names, so pdf.js's "base URL + file name" is mapped here, not fetched by the worker.
const assets = import.meta.glob(
  ['../../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', '../../../../node_modules/pdfjs-dist/wasm/*.wasm'],
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;

const byName = new Map(Object.entries(assets).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

/**
 * Each file once per session: pdf.js asks again for every document it opens (it keeps them per document), and a fetch
 * took 40-70 ms of the first page's wait. The viewer's warm-up loads the usual fonts into this.
 */
const loaded = new Map<string, Promise<Uint8Array>>();

async function load(kind: string, filename: string): Promise<Uint8Array> {
  const url = byName.get(filename);
  if (!url) throw new Error(`No bundled ${kind} file named ${filename}.`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${filename} (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** pdf.js's BinaryDataFactory contract: constructed with its URL options, asked for one file by kind and name. */
export class RecordBinaryData {
  constructor(_options: { cMapUrl?: string | null; standardFontDataUrl?: string | null; wasmUrl?: string | null }) {}

  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    let bytes = loaded.get(filename);
    if (!bytes) {
      bytes = load(kind, filename);
      loaded.set(filename, bytes);
      bytes.catch(() => loaded.delete(filename)); // asked again next time
    }
    // A copy: pdf.js may hand the buffer to its worker, which would leave the kept one empty.
    return (await bytes).slice();
  }
}
