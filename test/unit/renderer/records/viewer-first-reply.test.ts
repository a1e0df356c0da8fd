// The viewer's first reply: asked for in the handler that picks a page of another file and taken by the viewer when it
// opens that file on that page, never a stale or mismatched one; and a range pdf.js asks for answered from what it brought,
// with the rest of the run it lies in, ending only where pdf.js accepts.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const openViewer = vi.fn();
const viewerLength = vi.fn();
vi.mock('../../../../renderer/src/features/records/records-api', () => ({ recordsApi: { openViewer, viewerLength } }));

const { askViewerAhead, viewerOpening } = await import('../../../../renderer/src/features/records/viewer-ahead');
const { answerFromHeld } = await import('../../../../renderer/src/features/records/held-ranges');

const reply = (name: string) => Promise.resolve({ total: 10, slices: [{ start: 0, base64: name }] });

describe('the first reply asked for ahead', () => {
  beforeEach(() => {
    openViewer.mockReset();
    openViewer.mockImplementation((fileId: string, page: number) => reply(`${fileId}@${page}`));
    viewerLength.mockReset();
    viewerLength.mockImplementation(() => Promise.resolve({ total: 10 }));
    vi.useRealTimers();
  });

  it('is taken by the viewer opening that file on that page, without asking again', async () => {
    askViewerAhead('f1', 57);
    expect(openViewer).toHaveBeenCalledTimes(1);
    const first = viewerOpening('f1', 57);
    expect((await first.reply).slices[0]!.base64).toBe('f1@57');
    // The file's length comes with it, so pdf.js can start before the reply lands.
    expect(await first.total).toBe(10);
    expect(viewerLength).toHaveBeenCalledWith('f1');
    expect(openViewer).toHaveBeenCalledTimes(1);
    // Taken once: a later opening asks again.
    expect((await viewerOpening('f1', 57).reply).slices[0]!.base64).toBe('f1@57');
    expect(openViewer).toHaveBeenCalledTimes(2);
  });

  it('is not used for another file or page, or once stale', async () => {
    askViewerAhead('f1', 3);
    expect((await viewerOpening('f2', 3).reply).slices[0]!.base64).toBe('f2@3');
    askViewerAhead('f1', 3);
    expect((await viewerOpening('f1', 4).reply).slices[0]!.base64).toBe('f1@4');
    vi.useFakeTimers({ toFake: ['performance'] });
    askViewerAhead('f1', 5);
    vi.advanceTimersByTime(6000);
    openViewer.mockImplementation(() => reply('asked again'));
    expect((await viewerOpening('f1', 5).reply).slices[0]!.base64).toBe('asked again');
  });
});

describe('a range answered from the parts held', () => {
  const CHUNK = 4;
  const run = (start: number, length: number) => ({ start, bytes: Uint8Array.from({ length }, (_, i) => start + i) });

  it('comes with the rest of its run, which ends on a chunk or the file end', () => {
    const held = [run(0, 4), run(8, 12)];
    expect([...answerFromHeld(held, 12, 16, CHUNK, 100)!]).toEqual([12, 13, 14, 15, 16, 17, 18, 19]);
    const atEnd = [run(16, 6)];
    expect([...answerFromHeld(atEnd, 16, 20, CHUNK, 22)!]).toEqual([16, 17, 18, 19, 20, 21]);
  });

  it('is just the range when its run ends elsewhere, and nothing when no run holds it', () => {
    const held = [run(8, 6)];
    expect([...answerFromHeld(held, 8, 12, CHUNK, 100)!]).toEqual([8, 9, 10, 11]);
    expect(answerFromHeld(held, 12, 16, CHUNK, 100)).toBeNull();
    expect(answerFromHeld(held, 0, 4, CHUNK, 100)).toBeNull();
  });
});
