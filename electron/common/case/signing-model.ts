// Signed versions of a case and the export history, as the UI shows them. A case starts at version 1; signing
// freezes the current version, and reopening it for editing starts the next one (the signed file stays in the history).
import type { CaseRecord } from './case-model';

export interface SignedVersion {
  version: number;
  /** ISO timestamp of the moment it was signed. */
  signedAt: string;
  /** ISO date printed in the declaration. */
  signingDate: string;
  county: string;
}

export interface CaseSigningState {
  /** The version being written (or, when signed, the version that was signed). */
  version: number;
  /** The current version's signature; null while it is being drafted. */
  signedVersion: SignedVersion | null;
  /** Earlier signed versions (reopened since), newest first. */
  previousVersions: SignedVersion[];
}

export type CaseDetail = CaseRecord & CaseSigningState;

export interface ExportHistoryEntry {
  id: string;
  caseId: string;
  caseVersion: number;
  exportedAt: string;
  filePath: string;
  sha256: string;
  bytes: number;
  template: { id: string; version: number };
  signed: boolean;
  /** True when the compliance check had blocking items at export time; they are listed in blockingItems. */
  incomplete: boolean;
  blockingItems: { id: string; label: string; message: string }[];
  proofOfService: boolean;
  letterhead: boolean;
  /** The PDF copy beside the .docx, once LibreOffice has written it; null when there is none (yet). */
  pdfPath: string | null;
}

export type ServiceMethod = 'mail' | 'electronic';
