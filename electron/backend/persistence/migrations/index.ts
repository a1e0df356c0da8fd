// The ordered, statically imported list of migrations. Append only: never edit or reorder a shipped one.
import type { Migration } from '../migrate';
import { migration0001 } from './0001-cases-and-documents';
import { migration0002 } from './0002-records';
import { migration0003 } from './0003-case-structure';
import { migration0004 } from './0004-discussion';
import { migration0005 } from './0005-settings-and-signing';
import { migration0006 } from './0006-case-trash';
import { migration0007 } from './0007-ps-status-once';
import { migration0008 } from './0008-accepted-warnings';
import { migration0009 } from './0009-report-service';
import { migration0010 } from './0010-combine-across-injuries';
import { migration0011 } from './0011-records-evidence';
import { migration0012 } from './0012-scale-indexes';
import { migration0013 } from './0013-phrases';
import { migration0014 } from './0014-case-follows';
import { migration0015 } from './0015-export-folders';
import { migration0016 } from './0016-audit-events';
import { migration0017 } from './0017-section-revisions';

export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
];
