/**
 * A social service in the `catalog` database. Inspired by Open Referral HSDS 3 (service,
 * organization, location, service_area, schedule, contact) but flattened into one document per
 * service: the catalogue is read-mostly and replicated to phones, so one fetch per card matters
 * more than normalisation. Codes are the national registry's (RPSS) where it has them.
 *
 * The walking-skeleton fields (`_id`, `type`, `name`, `provider.name`, `serviceType.section/name`,
 * `description`, `updatedAt`) keep their names; everything else is optional for the app so a
 * partially filled local entry still renders.
 */
export interface ServiceDoc {
  _id: string; // `service:<slug>`; registry services: `service:rpss-<identifikator>`
  _rev?: string;
  _deleted?: boolean;
  type: 'service';
  name: string;
  provider: ServiceProvider;
  /** The service type under zákon 108/2006 Sb. */
  serviceType: ServiceTypeRef;
  /** Description as registered or as written by the provider. */
  description?: string;
  /** Plain-language description written by the ORP's editors (curated, never overwritten). */
  plainDescription?: string;
  /** Who the service is for, in words ("Senioři z Dačicka, kteří…"). */
  eligibility?: string;
  howToApply?: string;
  fees?: string;
  forms?: ServiceForm[];
  /** Target-group keys (taxonomy `target-group`). */
  targetGroups?: string[];
  /** Age-group keys (taxonomy `age-group`). */
  ageGroups?: string[];
  /** Life-situation keys (curated by editors; the registry has no such notion). */
  lifeSituations?: string[];
  hours?: OpeningHours;
  /** ISO 639-1 codes of languages the service is delivered in, e.g. ["cs", "de"]. */
  languages?: string[];
  accessibility?: Accessibility;
  locations?: ServiceLocation[];
  serviceArea?: ServiceArea;
  contacts?: Contacts;
  source?: ServiceSource;
  /** Date (YYYY-MM-DD) an editor or the registry last confirmed the data. */
  lastVerified?: string;
  status?: ServiceStatus;
  /** Tombstone details; present only when status is "removed". */
  removed?: { at: string; reason: RemovalReason };
  /** Fictional demo entry; the app labels it. */
  demo?: boolean;
  updatedAt: string; // ISO 8601
}

export interface ServiceProvider {
  name: string;
  /** IČO: 8 digits kept as text because of leading zeros. */
  ico?: string;
  web?: string;
  phone?: string;
  email?: string;
}

export interface ServiceTypeRef {
  /** Legal section, e.g. "40" or "60a"; empty when the law's section is not known (CDZ). */
  section: string;
  name: string;
  /** Taxonomy key (`taxonomy:service-type:<key>`), e.g. "40", "60a", "cdz". */
  key?: string;
  /** Registry code, e.g. "DruhSocialniSluzby/13". */
  code?: string;
  category?: ServiceCategory;
}

export type ServiceCategory = 'care' | 'prevention' | 'advice';

export type FormKey = 'pob' | 'amb' | 'ter';

export interface ServiceForm {
  form: FormKey;
  /** Provided round the clock (registry: nepretrzitePoskytovani). */
  continuous?: boolean;
  capacities?: Capacity[];
}

/**
 * Registered capacity. Always the REGISTERED MAXIMUM of the service, never free places; the
 * `kind` literal makes that explicit to every reader of the document.
 */
export interface Capacity {
  kind: 'registered-maximum';
  max: number;
  unit: CapacityUnit;
  note?: string;
}

export type CapacityUnit = 'klient' | 'kontakt' | 'interv' | 'luzka' | 'hovor';

/** Weekly hours; days 1 = Monday … 7 = Sunday. */
export interface OpeningHours {
  regular?: { days: number[]; opens: string; closes: string }[];
  /** Round-the-clock service (e.g. residential, crisis lines). */
  nonstop?: boolean;
  note?: string;
}

export interface Accessibility {
  wheelchair: 'yes' | 'partial' | 'no' | 'unknown';
  note?: string;
}

export interface Address {
  street?: string;
  /** číslo popisné / domovní */
  houseNumber?: string;
  /** číslo orientační */
  orientationNumber?: string;
  municipality?: string;
  partOfMunicipality?: string;
  postcode?: string;
  /** RÚIAN address-point code (kód adresního místa). */
  ruianCode?: string;
  /** Territory keys, e.g. municipality "cesky-krumlov"; registry codes where known. */
  municipalityCode?: string;
  districtCode?: string;
  regionCode?: string;
}

export interface ServiceLocation {
  name?: string;
  /** Absent when the address is secret. */
  address?: Address;
  geo?: { lat: number; lon: number };
  /**
   * The registry marks some addresses secret (utajenaAdresa, e.g. shelters for victims of
   * violence). Such a location keeps only this flag: the address is never stored.
   */
  addressWithheld?: boolean;
}

export interface ServiceArea {
  /** Territory keys of municipalities served (`territory:municipality:<key>`). */
  municipalities?: string[];
  /** Territory keys of ORPs served (`territory:orp:<key>`). */
  orps?: string[];
  /** Registry codes of served areas as the registry gave them. */
  registryCodes?: string[];
}

export interface ContactPoint {
  value: string;
  note?: string;
}

export interface Contacts {
  phones?: ContactPoint[];
  emails?: ContactPoint[];
  webs?: ContactPoint[];
}

export interface ServiceSource {
  kind: 'registry' | 'local';
  /** RPSS `identifikator`: the registration id, stable across updates. */
  registryIdentifier?: string;
  /** RPSS record `id`. */
  registryId?: string;
  /** When the registry data was last imported (ISO 8601). */
  importedAt?: string;
  /**
   * Fingerprints of the registry-owned fields as last imported. A field whose current value
   * still matches its fingerprint was not edited locally and may take the registry's new value;
   * one that differs was changed by an editor and is kept (see curated-merge.ts).
   */
  fieldHashes?: Record<string, string>;
}

export type ServiceStatus = 'active' | 'removed';
export type RemovalReason = 'ended' | 'disappeared' | 'withdrawn';

export const SERVICE_ID_PREFIX = 'service:';
export const REGISTRY_SERVICE_ID_PREFIX = 'service:rpss-';
