/**
 * The parts of the national registry's (RPSS) open-data record that we read. Everything is
 * optional and `unknown`-typed at the edges because the file is external input; the mapper
 * checks each value before use. Fields with personal data (`statutarniOrgany`, names of facility
 * heads) are deliberately absent: the mapper reads by whitelist and never sees them.
 */
export interface RpssRef {
  id?: unknown;
}

export interface RpssAddress {
  cisloDomovni?: unknown;
  cisloOrientacni?: unknown;
  kodAdresnihoMista?: unknown;
  psc?: unknown;
  kraj?: RpssRef;
  okres?: RpssRef;
  obec?: RpssRef;
  castObce?: RpssRef;
  ulice?: { nazev?: unknown } | null;
}

export interface RpssFacility {
  nazev?: unknown;
  adresa?: RpssAddress | null;
  poskytujeOd?: unknown;
  poskytujeDo?: unknown;
  utajenaAdresa?: unknown;
}

export interface RpssContactHolder {
  emaily?: unknown;
  telefony?: unknown;
  weby?: unknown;
}

export interface RpssForm {
  forma?: RpssRef;
  nepretrzitePoskytovani?: unknown;
  kapacity?: unknown;
}

export interface RpssRecord extends RpssContactHolder {
  portalId?: unknown;
  id?: unknown;
  identifikator?: unknown;
  datumPoskytovaniOd?: unknown;
  datumPoskytovaniDo?: unknown;
  druhSocialniSluzby?: RpssRef;
  zarizeni?: unknown;
  kontaktniAdresy?: unknown;
  poskytovatel?: (RpssContactHolder & { nazev?: unknown; ico?: unknown }) | null;
  ciloveSkupiny?: unknown;
  vekoveSkupiny?: unknown;
  formy?: unknown;
  rozsirenePusobnostiVKraji?: unknown;
}

/** One item of a code-list file (`polozky[]`). */
export interface RpssCodeListItem {
  id: string;
  nazev?: { cs?: string } | string;
}
