// The name under the signature never repeats a credential the name already ends with.
import { expect, it } from 'vitest';
import { nameWithCredentials } from '../../../electron/common/report/physician-name';

it.each([
  ['Avery J. Example, MD', 'MD, FAAOS', 'Avery J. Example, MD, FAAOS'],
  ['Avery J. Example', 'MD, FAAOS', 'Avery J. Example, MD, FAAOS'],
  ['Avery J. Example, M.D.', 'MD', 'Avery J. Example, M.D.'],
  ['Avery J. Example, MD', '', 'Avery J. Example, MD'],
  ['', 'MD', 'MD'],
])('%s with %s prints %s', (name, credentials, printed) => {
  expect(nameWithCredentials(name, credentials)).toBe(printed);
});
