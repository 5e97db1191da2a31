import type { Offerings } from '../crosswalk/apply-effects.js';
import { zipCoordinates, type ZipTable } from '../geo/zip-centroids.js';
import type { Coordinates, Openings, Program } from '../model/program.js';
import { identityKey, type IdentityAllocator } from '../model/program-identity.js';
import type { Source } from '../model/vocabulary.js';
import { checkCoordinates, checkDate, checkState, checkZip, isMissing } from './field-rules.js';
import type { ImportIssue } from './import-issue.js';

/** A raw value with where it was found, so a problem can point at it. */
export interface Located {
  readonly value: string;
  readonly field: string;
  readonly line: number;
  readonly column: number;
}

export interface ListingInput {
  readonly source: Source;
  /** See IdentityParts.dataset. */
  readonly dataset: string;
  readonly sourceId: string | null;
  readonly name: Located;
  readonly name2?: Located;
  readonly street1?: Located;
  readonly street2?: Located;
  readonly city: Located;
  readonly state: Located;
  readonly zip: Located;
  readonly county?: Located;
  readonly phone?: Located;
  readonly intakePhone?: Located;
  readonly website?: Located;
  readonly latitude?: Located;
  readonly longitude?: Located;
  readonly lastVerified?: Located;
}

export interface AssembleContext {
  readonly file: string;
  readonly zips: ZipTable;
  readonly ids: IdentityAllocator;
}

export type Assembled =
  | { readonly program: Program; readonly issues: readonly [] }
  | {
      readonly program?: undefined;
      readonly issues: readonly ImportIssue[];
      /** The id the listing would have had, when the source's own id tells it without the fields at fault. */
      readonly programId?: string;
    };

const BLANK_PARTS = { name: '', name2: '', street1: '', street2: '', city: '', state: '', zip: '', phone: '', position: '' } as const;

const text = (l: Located | undefined): string => (l === undefined || isMissing(l.value) ? '' : l.value.trim());

/**
 * Validate a listing's identity and address fields and join them with what the listing offers.
 * Coordinates missing from the file come from the ZIP centroid, and say so.
 */
export function assembleProgram(
  input: ListingInput,
  offerings: Offerings,
  extra: { readonly openings?: Openings | null; readonly id?: string },
  ctx: AssembleContext,
  priorIssues: readonly ImportIssue[] = [],
): Assembled {
  const issues: ImportIssue[] = [...priorIssues];
  const problem = (l: Located, message: string): void => {
    issues.push({ file: ctx.file, line: l.line, column: l.column, field: l.field, message });
  };
  const name = text(input.name);
  if (name === '') problem(input.name, 'is required');
  const city = text(input.city);
  if (city === '') problem(input.city, 'is required');
  const state = checkState(input.state.value);
  if (!state.ok) problem(input.state, state.message);
  const zip = checkZip(input.zip.value);
  if (!zip.ok) problem(input.zip, zip.message);
  let coordinates: Coordinates | null = null;
  if (input.latitude && input.longitude) {
    const c = checkCoordinates(input.latitude.value, input.longitude.value);
    if (c.ok) coordinates = c.value;
    else problem(c.field === 'longitude' ? input.longitude : input.latitude, c.message);
  }
  let lastVerified: string | null = null;
  if (input.lastVerified && !isMissing(input.lastVerified.value)) {
    const d = checkDate(input.lastVerified.value);
    if (d.ok) lastVerified = d.value;
    else problem(input.lastVerified, d.message);
  }
  if (issues.length > 0 || !state.ok || !zip.ok) {
    // A listing the source names by its own id is still that listing, however wrong its fields are
    // now: a refresh that skips it must not take it for one the source stopped listing.
    const id =
      extra.id ??
      (input.sourceId
        ? ctx.ids.next(identityKey({ ...BLANK_PARTS, source: input.source, dataset: input.dataset, sourceId: input.sourceId }))
        : undefined);
    return id === undefined ? { issues } : { issues, programId: id };
  }

  let coordinatesFrom: Program['coordinatesFrom'] = coordinates ? 'listing' : null;
  if (!coordinates) {
    coordinates = zipCoordinates(zip.value, ctx.zips) ?? null;
    if (coordinates) coordinatesFrom = 'zip-centroid';
  }
  const street1 = text(input.street1);
  const phone = text(input.phone);
  const key = identityKey({
    source: input.source,
    dataset: input.dataset,
    sourceId: input.sourceId,
    name,
    name2: text(input.name2),
    street1,
    street2: text(input.street2),
    city,
    state: state.value,
    zip: zip.value,
    phone,
    position: coordinates && coordinatesFrom === 'listing' ? `${coordinates.lat.toFixed(4)},${coordinates.lon.toFixed(4)}` : '',
  });
  const program: Program = {
    id: extra.id ?? ctx.ids.next(key),
    source: input.source,
    sourceId: input.sourceId,
    name,
    name2: text(input.name2),
    address: { street1, street2: text(input.street2), city, state: state.value, zip: zip.value, county: text(input.county) },
    coordinates,
    coordinatesFrom,
    phone,
    intakePhone: text(input.intakePhone),
    website: text(input.website),
    ...offerings,
    openings: extra.openings ?? null,
    // no import format carries hours: the program's staff give them from the inbox
    hours: null,
    lastVerified,
  };
  return { program, issues: [] };
}
