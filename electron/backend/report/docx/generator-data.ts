// Row data the generated tables print (records reviewed, impairment, apportionment). Other parts of the app compute it
// (records step, calculators) and pass it in; a table without data prints "No … entered." instead of an empty grid.

export interface RecordReviewedRow {
  /** As the physician numbered the record (usually 1, 2, 3 … in date order). */
  number: number | string;
  /** ISO date of the record, or free text such as "undated". */
  date: string;
  author: string;
  type: string;
  pages: number;
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
}

export interface ApportionmentFactorRow {
  label: string;
  percent: number;
  /** How and why this factor causes its share of the permanent disability (Escobedo). */
  explanation: string;
}

export interface ApportionmentRow {
  bodyPart: string;
  injury: string;
  industrialPercent: number;
  factors: ApportionmentFactorRow[];
}

export interface GeneratorData {
  records?: RecordReviewedRow[];
  /** `combined` for a single injury; `combinedByInjury` when each injury is rated and combined separately (Benson). */
  impairment?: {
    rows: ImpairmentRow[];
    combined?: CombinedImpairment;
    combinedByInjury?: (CombinedImpairment & { injury: string })[];
  };
  apportionment?: ApportionmentRow[];
}
