// Channel names only, for the preload: it must not bundle zod schemas or services.
// A test checks this list equals the contract's keys.
export const PRELOAD_CHANNELS = [
  'cases:list',
  'cases:get',
  'cases:create',
  'cases:update',
  'cases:delete',
  'cases:openSample',
  'caseData:get',
  'caseData:saveInjuries',
  'caseData:saveParties',
  'caseData:saveDiagnoses',
  'caseData:saveMeasurements',
  'caseData:saveQuestions',
  'caseData:saveValues',
  'templates:list',
  'templates:get',
  'templates:copyToUserFolder',
  'documents:get',
  'documents:save',
  'export:docx',
] as const;
