// The ordered, statically imported list of migrations. Append only: never edit or reorder a shipped one.
import type { Migration } from '../migrate';
import { migration0001 } from './0001-cases-and-documents';
import { migration0002 } from './0002-records';
import { migration0003 } from './0003-case-structure';
import { migration0004 } from './0004-discussion';
import { migration0005 } from './0005-settings-and-signing';
import { migration0006 } from './0006-case-trash';
import { migration0007 } from './0007-ps-status-once';

export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
];
