// Channel names only, for the preload: it must not bundle zod schemas or services.
// A test checks this list equals the contract's keys.
export const PRELOAD_CHANNELS = [
  'cases:list',
  'cases:get',
  'cases:create',
  'cases:update',
  'cases:delete',
  'cases:openSample',
  'documents:get',
  'documents:save',
  'export:docx',
] as const;
