// The physician's settings as the UI and the backend exchange them: the profile (validated here, so the form and the
// backend agree), and summaries of the stored signature image and letterhead (the files themselves stay in the backend).
import { z } from 'zod';
import { multiLineText, singleLineText } from '../util/text-input';

const text = singleLineText;

/** "Los Angeles", never "Los Angeles County": the declaration prints "… in Los Angeles County, California". */
export const CountySchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s+county$/i, '').trim())
  .pipe(
    z
      .string()
      .max(60, { message: 'Keep the county name under 60 characters.' })
      .regex(/^$|^[A-Za-z][A-Za-z .'-]*$/, { message: 'Enter the county name in letters only, e.g. Los Angeles.' }),
  );

export const PhysicianProfileSchema = z.object({
  name: text(200).min(1, { message: 'Enter your name as it should appear above the signature.' }),
  credentials: text(100).default(''),
  specialty: text(200).default(''),
  qmeNumber: text(40).default(''),
  licenseNumber: text(40).default(''),
  practiceAddress: multiLineText(500).default(''),
  defaultCounty: CountySchema.default(''),
});
/** What the form sends; missing optional fields become ''. */
export type PhysicianProfileInput = z.input<typeof PhysicianProfileSchema>;

/** The profile as saved: what the signature block, the declarations and the templates print. */
export type PhysicianProfile = z.output<typeof PhysicianProfileSchema>;

/** Largest signature image accepted: a signature scanned at 300 dpi is far smaller. */
export const SIGNATURE_IMAGE_MAX_BYTES = 2 * 1024 * 1024;
/** Largest letterhead accepted: a letterhead with a logo is usually well under 1 MB. */
export const LETTERHEAD_MAX_BYTES = 10 * 1024 * 1024;

export interface SignatureImageSummary {
  fileName: string;
  bytes: number;
  width: number;
  height: number;
  addedAt: string;
  /** data:image/png;base64,… for the settings page preview. */
  previewDataUrl: string;
}

export interface LetterheadSummary {
  fileName: string;
  bytes: number;
  addedAt: string;
  /** Text of the letterhead's page-1 header (its first-page header when it has one), for the settings page. */
  firstPageHeaderText: string;
  /** Text of the header on later pages (printed above the report's running header). */
  headerText: string;
  footerText: string;
  /** True when the letterhead has its own first-page header (Word's "Different first page"). */
  hasFirstPageHeader: boolean;
  /** The letterhead's body font and size, when its styles name them. */
  bodyFont: string | null;
  bodySizePt: number | null;
}

export interface SettingsView {
  /** null until the physician saves a profile. */
  profile: PhysicianProfile | null;
  signatureImage: SignatureImageSummary | null;
  letterhead: LetterheadSummary | null;
}
