/**
 * An instrument is data: its items, the values each item takes, how the items become a score, the
 * published bands, LOINC codes and licence. One scorer (score.ts) serves every instrument; nothing
 * in the engine branches on an instrument's name.
 */

export interface ItemSpec {
  /** Stable key, e.g. `item9` or `tremor`. Item wording is not stored where the licence forbids it. */
  readonly key: string;
  /** Allowed answer values. */
  readonly values: readonly number[];
  /** Reverse-scored items count (max - answer). Used by DAST-10 item 3. */
  readonly reverse?: boolean;
}

export interface Band {
  /** Kebab-case band name, as it appears in the recommendation's `scores`. */
  readonly band: string;
  /** Inclusive lower bound of the score. */
  readonly from: number;
}

export type Scoring =
  /** Sum of item scores; bands by total. */
  | { readonly kind: 'sum' }
  /**
   * A yes/no screen: positive when any screen item is 1; an optional acuity item (asked only after
   * a positive screen) marks it acute. The total is the number of positive screen items.
   */
  | {
      readonly kind: 'screen';
      readonly screenItems: readonly number[];
      readonly acuityItem?: number;
      readonly bands: { readonly negative: string; readonly positive: string; readonly acute: string };
    };

export interface Flag {
  /** Code raised when the item's answer is at least `atLeast`, e.g. `phq9-item9-positive`. */
  readonly code: string;
  readonly item: number;
  readonly atLeast: number;
}

/**
 * `scoring-only`: a published, copyrighted scale whose terms for software were not confirmed; the
 * engine accepts the clinician's item answers and implements the scoring (a fact), and never stores
 * or prints the questions.
 */
export type License = 'public-domain' | 'free-with-permission' | 'free-non-commercial' | 'free-to-use' | 'scoring-only';

export interface InstrumentDefinition {
  /** The key in the case's `instruments` object and the recommendation's `scores`. */
  readonly key: string;
  readonly name: string;
  readonly items: readonly ItemSpec[];
  /** Fewest items that may be given (defaults to all). ASQ's acuity item is asked only after a positive screen. */
  readonly minItems?: number;
  readonly scoring: Scoring;
  /** For sum scoring: bands from lowest; the last band whose `from` ≤ total applies. */
  readonly bands?: readonly Band[];
  /** Bands that replace `bands` for a given sex (AUDIT-C's lower cut-off for women). */
  readonly bandsBySex?: Readonly<Record<string, readonly Band[]>>;
  /** Where the case also carries a total, as its dotted path: the charted withdrawal scales. */
  readonly totalField?: TotalField;
  readonly flags?: readonly Flag[];
  readonly loinc?: { readonly panel?: string; readonly total?: string };
  readonly license: License;
  /** Short citation; the full entry is in docs/clinical-sources.md. */
  readonly source: string;
}

/** The case fields that carry an instrument's total given on its own (a charted CIWA-Ar, COWS or PAWSS). */
export type TotalField = 'withdrawal.ciwaAr' | 'withdrawal.cows' | 'withdrawal.pawss';

export interface InstrumentScore {
  readonly total: number;
  readonly band: string;
  readonly flags?: string[];
}
