// The compliance:* channel: the check of the report as it would be printed now (the same assembly the export uses).
import type { HandlersOf } from '../ipc/handler-registry';
import type { ReportAssembler } from '../report/assemble-report';

export const complianceHandlers = (assembler: ReportAssembler): HandlersOf<'compliance'> => ({
  'compliance:check': ({ caseId }) => assembler.check(caseId),
});
