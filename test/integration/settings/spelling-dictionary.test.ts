// The physician's own spelling dictionary over the real backend: words added through settings:addSpellingWord come back
// sorted and once each, survive a restart (they live in the database), can be removed, and malformed words are refused.
import { afterEach, describe, expect, it } from 'vitest';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

let temp: TempBackend;
afterEach(async () => {
  await temp?.cleanup();
});

describe('the personal spelling dictionary', () => {
  it('is empty at first, keeps added words sorted and once each, and survives a restart', async () => {
    temp = createTempBackend({ prefix: 'medlegal-spelling-' });
    expect(await temp.invoke('settings:getSpellingWords', {})).toEqual({ words: [] });
    await temp.invoke('settings:addSpellingWord', { word: 'Okafor' });
    await temp.invoke('settings:addSpellingWord', { word: ' hydrodissection ' });
    expect(await temp.invoke('settings:addSpellingWord', { word: 'Okafor' })).toEqual({
      words: ['hydrodissection', 'Okafor'],
    });
    await temp.reopen();
    expect(await temp.invoke('settings:getSpellingWords', {})).toEqual({ words: ['hydrodissection', 'Okafor'] });
    expect(await temp.invoke('settings:removeSpellingWord', { word: 'Okafor' })).toEqual({ words: ['hydrodissection'] });
  });

  it.each([
    ['an empty word', ''],
    ['two words', 'neck pain'],
    ['markup', '<b>word</b>'],
    ['a word longer than 64 characters', 'a'.repeat(65)],
  ])('refuses %s', async (_name, word) => {
    temp = createTempBackend({ prefix: 'medlegal-spelling-' });
    const result = await temp.invokeRaw('settings:addSpellingWord', { word });
    expect(result.ok).toBe(false);
    expect(await temp.invoke('settings:getSpellingWords', {})).toEqual({ words: [] });
  });
});
