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
  seq: Generated<number>;
}
