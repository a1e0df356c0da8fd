// The physician's profile round-trips through settings:saveProfile / settings:getProfile, survives a restart, and is
// refused with a message the form can show when the name is missing or a field is malformed.
import { afterEach, describe, expect, it } from 'vitest';
import { openSigningSession, TEST_PROFILE, type SigningSession } from './signing-session';

let session: SigningSession;
afterEach(async () => {
  await session?.close();
});

describe('the physician profile', () => {
  it('is null until saved, then reads back exactly as saved, also after the app restarts', async () => {
    session = await openSigningSession({ profile: false, seed: false });
    expect(await session.call('settings:getProfile', {})).toEqual({ profile: null, signatureImage: null, letterhead: null });

    const saved = await session.call('settings:saveProfile', TEST_PROFILE);
    expect(saved).toEqual(TEST_PROFILE);
    expect((await session.call('settings:getProfile', {})).profile).toEqual(TEST_PROFILE);

    await session.reopen();
    expect(session.backend.services.settings.profile()).toEqual(TEST_PROFILE);
  });

  it('needs only the name; the other fields default to empty', async () => {
    session = await openSigningSession({ profile: false, seed: false });
    const saved = await session.call('settings:saveProfile', { name: '  Avery J. Example, MD  ' });
    expect(saved).toEqual({
      name: 'Avery J. Example, MD',
      credentials: '',
      specialty: '',
      qmeNumber: '',
      licenseNumber: '',
      practiceAddress: '',
      defaultCounty: '',
    });
  });

  it('stores the county without a trailing "County", since the declaration adds it', async () => {
    session = await openSigningSession({ profile: false, seed: false });
    const saved = await session.call('settings:saveProfile', { ...TEST_PROFILE, defaultCounty: 'San Bernardino County' });
    expect(saved.defaultCounty).toBe('San Bernardino');
  });

  it.each([
    ['no name', { ...TEST_PROFILE, name: '' }, /^name: Enter your name/],
    ['a name of spaces', { ...TEST_PROFILE, name: '   ' }, /^name: Enter your name/],
    [
      'a county with digits',
      { ...TEST_PROFILE, defaultCounty: 'County 51' },
      /^defaultCounty: Enter the county name in letters only/,
    ],
    [
      'an overlong practice address',
      { ...TEST_PROFILE, practiceAddress: 'x'.repeat(501) },
      /^practiceAddress: Keep this under 500 characters/,
    ],
  ])('refuses %s and keeps the saved profile', async (_, profile, message) => {
    session = await openSigningSession({ seed: false });
    const error = await session.fail('settings:saveProfile', profile);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(message);
    expect((await session.call('settings:getProfile', {})).profile).toEqual(TEST_PROFILE);
  });
});
