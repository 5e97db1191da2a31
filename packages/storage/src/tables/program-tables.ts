import type { Generated } from 'kysely';

/** Columns of `directory_programs`. Lists and nested parts are JSON text so both databases read them alike. */
export interface ProgramsTable {
  id: string;
  source: string;
  source_id: string | null;
  name: string;
  name2: string;
  street1: string;
  street2: string;
  city: string;
  state: string;
  zip: string;
  county: string;
  latitude: number | null;
  longitude: number | null;
  coordinates_from: string | null;
  phone: string;
  intake_phone: string;
  website: string;
  scope: string;
  /** JSON: CareOffered */
  care: string;
  /** JSON: Payment[] */
  payments: string;
  /** JSON: Service[] */
  services: string;
  /** JSON: Serves */
  serves: string;
  /** JSON: Openings, or null */
  openings: string | null;
  last_verified: string | null;
  /** The import that last wrote the row. */
  import_id: string;
  updated_at: string;
  /** When a refresh of the area that listed it no longer did; null while listed. */
  delisted_at: string | null;
  /** JSON: { [field]: { at, by, locator } }, the fields the program's own staff set, and the locator's value then. */
  staff_fields: string | null;
  /** Who gave last_verified: 'program' (its staff confirmed it) or 'source' (it came with the listing); null when never. */
  verified_by: string | null;
  /** JSON: Hours (open 24 hours, or times per weekday, and a note), or null when the listing does not say. */
  hours: string | null;
}

/** One row per import run, kept so staff can see what changed the directory and when. */
export interface ImportsTable {
  id: string;
  file: string;
  format: string;
  started_at: string;
  finished_at: string;
  rows_read: number;
  rows_imported: number;
  rows_skipped: number;
  /** The snapshot's place in order, from 1 (older databases: numbered by migration 0110). */
  seq: number | null;
  /** 'import' (a file) or 'refresh' (the locator's API). */
  kind: Generated<string>;
  /** For a refresh: the area asked for (centre and radius or state, and type); null for a file. */
  area: string | null;
  added: Generated<number>;
  changed: Generated<number>;
  unchanged: Generated<number>;
  no_longer_listed: Generated<number>;
}

/** What one snapshot did to one program: added, changed (with the fields before and after), unchanged, relisted, no-longer-listed, or skipped (still listed by the source, its row invalid: kept as it was). */
export interface SnapshotProgramsTable {
  snapshot_id: string;
  program_id: string;
  outcome: string;
  /** JSON: { [field]: { from, to } } when the snapshot changed the program. */
  changes: string | null;
}

/** A problem someone reported with a listing, and how an administrator resolved it. Nothing about the sender. */
export interface ProgramReportsTable {
  id: string;
  program_id: string;
  /** closed, wrong-phone, wrong-address, service-not-offered, insurance-not-taken, other */
  problem: string;
  note: string | null;
  created_at: string;
  /** open, fixed, closed (the program was marked closed), dismissed */
  status: Generated<string>;
  resolved_by: string | null;
  resolved_at: string | null;
  resolution_note: string | null;
}
