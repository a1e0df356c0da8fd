// The single IPC contract: every channel the renderer may call, composed from the per-domain files.
import type { z } from 'zod';
import { auditContract } from './audit.contract';
import { backupContract } from './backup.contract';
import type { ChannelSpec } from './channel';
import { caseDataContract } from './case-data.contract';
import { casesContract } from './cases.contract';
import { complianceContract } from './compliance.contract';
import { discussionContract } from './discussion.contract';
import { documentsContract } from './documents.contract';
import { exportContract } from './export.contract';
import { phrasesContract } from './phrases.contract';
import type { Result } from './result';
import { securityContract } from './security.contract';
import { settingsContract } from './settings.contract';
import { templatesContract } from './templates.contract';
import { recordsContract } from './records.contract';
import { revisionsContract } from './revisions.contract';

export const contract = {
  ...casesContract,
  ...caseDataContract,
  ...complianceContract,
  ...discussionContract,
  ...templatesContract,
  ...recordsContract,
  ...documentsContract,
  ...revisionsContract,
  ...exportContract,
  ...settingsContract,
  ...phrasesContract,
  ...backupContract,
  ...securityContract,
  ...auditContract,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Contract[C] extends ChannelSpec<z.ZodType, infer O> ? O : never;

/** What the preload exposes: one function per channel, each resolving to a Result. */
export type RendererApi = { [C in ChannelName]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> };

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];
