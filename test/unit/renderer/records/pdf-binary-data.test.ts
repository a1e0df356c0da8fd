/// <reference types="vite/client" />
// The files pdf.js loads besides the PDF (standard fonts, image decoders): each fetched once per session, so a record's
// first page does not wait for the font file again; a copy each time, and a failed fetch tried again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordBinaryData } from '../../../../renderer/src/features/records/pdf-binary-data';

const factory = new RecordBinaryData({});

afterEach(() => vi.unstubAllGlobals());

describe('bundled files for pdf.js', () => {
  it('fetches a standard font once and hands out copies', async () => {
    const fetch = vi.fn(async () => new Response(new Uint8Array([1, 2, 3])));
    vi.stubGlobal('fetch', fetch);
    const first = await factory.fetch({ kind: 'standardFontDataUrl', filename: 'FoxitSerif.pfb' });
    const again = await factory.fetch({ kind: 'standardFontDataUrl', filename: 'FoxitSerif.pfb' });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect([...again]).toEqual([1, 2, 3]);
    expect(again.buffer).not.toBe(first.buffer);
  });

  it('tries a failed file again, and names one that is not bundled', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 500 }));
    vi.stubGlobal('fetch', fetch);
    await expect(factory.fetch({ kind: 'standardFontDataUrl', filename: 'FoxitFixed.pfb' })).rejects.toThrow(
      'Could not load FoxitFixed.pfb (500).',
    );
    fetch.mockImplementation(async () => new Response(new Uint8Array([7])));
    expect([...(await factory.fetch({ kind: 'standardFontDataUrl', filename: 'FoxitFixed.pfb' }))]).toEqual([7]);
    expect(fetch).toHaveBeenCalledTimes(2);
    await expect(factory.fetch({ kind: 'wasmUrl', filename: 'nothing.wasm' })).rejects.toThrow('No bundled wasmUrl file');
  });
});
