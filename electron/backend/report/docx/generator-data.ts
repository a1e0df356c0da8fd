// Row data the generated tables print (records reviewed, impairment, apportionment). Other parts of the app compute it
// (records step, calculators) and pass it in; a table without data prints "No … entered." instead of an empty grid.
import type { RichDocument } from '../../../common/document/doc-model';

export interface RecordReviewedRow {
  /** As the physician numbered the record (usually 1, 2, 3 … in date order). */
  number: number | string;
  /** ISO date of the record, or free text such as "undated". */
  date: string;
  author: string;
  type: string;
  /** Pages the record cites; null when it cites no received file. */
  pages: number | null;
  /** The physician relied upon this record for the report's opinions. */
  reliedUpon: boolean;
  /** Where it is in what was received, e.g. "Bayview Ortho records.pdf, pp. 3–7"; empty when no file is cited. */
  source: string;
  /** The physician's summary (rich text); empty when none was written. */
  summary: RichDocument;
}

/** One sender's batch: what was received, and the records itemized from it. */
export interface RecordsReviewedBatch {
  sender: string;
  /** ISO date received. */
  dateReceived: string;
  /** Pages counted in the batch's files. */
  pagesReceived: number;
  /** What the sender declared; null when no count was declared. */
  declaredPages: number | null;
  /** Of pagesReceived, exact duplicates of pages received earlier, not counted. */
  duplicatePages: number;
  /** Pages of the batch that no record cites (received and reviewed, not itemized). */
  pagesNotItemized: number;
  /** Pages cited by more than one record of the batch (each record's row counts them). */
  pagesCitedTwice: number;
  rows: RecordReviewedRow[];
}

/** The "Records reviewed" table: per batch, its records with summaries; the totals of the page verification. */
export interface RecordsReviewed {
  batches: RecordsReviewedBatch[];
  /** Records that cite no received file (their pages are not part of the totals). */
  unsourced: RecordReviewedRow[];
  /** Every page received. */
  pagesReceived: number;
  /** Exact duplicates not counted. */
  duplicatePages: number;
  /** pagesReceived − duplicatePages: the count the page verification states. */
  pagesReviewed: number;
}

export interface ImpairmentRow {
  bodyPart: string;
  injury: string;
  /** How the impairment was rated, e.g. "DRE lumbar category II". */
  method: string;
  /** AMA Guides table or figure, e.g. "Table 15-3, p. 384". */
  citation: string;
  /** Whole person impairment, in whole percent. */
  wpi: number;
  /** The conversion of the regional value entered, e.g. "20% upper extremity = 12% whole person."; absent when none was. */
  conversion?: string;
  /** The Almaraz/Guzman alternative to the strict rating, with the physician's reasons (printed below the table). */
  almarazGuzman?: { strictWpi: number; alternativeWpi: number; reasons: string };
}

export interface CombinedImpairment {
  value: number;
  /** One line per step, in the order performed, e.g. "30 C 20 = 44". */
  steps: string[];
  /** A sentence naming the method and the citation (from the combined-values calculator). */
  explanation?: string;
  /** "add" when the physician added instead of combining (Kite/Vigil); the reason is then printed. */
  method?: 'combine' | 'add';
  reason?: string;
  /** The source of the method, e.g. "AMA Guides 5th, Combined Values Chart (p. 604)". */
  citation?: string;
}

export interface CombinedAcrossInjuries {
  value: number;
  /** One line per step, largest value first, e.g. "44 C 20 = 55". */
  steps: string[];
  /** The injuries' values in the order combined, e.g. { injury: "specific injury 01/15/2026", value: 44 }. */
  injuries: { injury: string; value: number }[];
  /** The Combined Values Chart as cited for the case's edition. */
  citation: string;
  /** Why the disability cannot be parsed among the injuries, as the physician wrote it. */
  reason: string;
}

export interface ApportionmentFactorRow {
  /** The kind of cause as the apportionment rules name it, e.g. "Pre-existing pathology"; printed before the label. */
  kind?: string;
  label: string;
  percent: number;
  /** How and why this factor causes its share of the permanent disability (Escobedo). */
  explanation: string;
}

export interface ApportionmentRow {
  bodyPart: string;
  injury: string;
  industrialPercent: number;
  /** How and why this injury causes its share of the permanent disability (Escobedo asks for both sides). */
  industrialExplanation: string;
  factors: ApportionmentFactorRow[];
}

/** A body part whose apportionment the physician cannot determine, with the reasons the report must state (LC §4663(c)). */
export interface CannotApportionRow {
  bodyPart: string;
  injury: string;
  reasons: string;
}

/** A prior permanent disability award (LC §4664(b)), by its LC §4664(c)(1) region. */
export interface PriorAwardRow {
  /** e.g. "D (spine)". */
  region: string;
  percent: number;
  description: string;
}

/** A period of temporary disability found in the discussion; `to` is null while the period is ongoing. */
export interface TdPeriodRow {
  kind: 'total' | 'partial';
  /** ISO dates. */
  from: string;
  to: string | null;
}

export interface GeneratorData {
  records?: RecordsReviewed | null;
  /** `combined` for a single injury; `combinedByInjury` when each injury is rated and combined separately (Benson). */
  impairment?: {
    rows: ImpairmentRow[];
    combined?: CombinedImpairment;
    combinedByInjury?: (CombinedImpairment & { injury: string })[];
    /** The injuries' values combined into one when the physician cannot parse them (Benson exception), after the injuries'. */
    combinedAcrossInjuries?: CombinedAcrossInjuries;
  };
  apportionment?: ApportionmentRow[];
  /** Printed after the apportionment table. */
  cannotApportion?: CannotApportionRow[];
  /** Printed after the impairment table. */
  priorAwards?: PriorAwardRow[];
  /** Printed after the narrative of the template's temporary disability section. */
  tdPeriods?: TdPeriodRow[];
}
