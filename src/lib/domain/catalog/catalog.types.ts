import type { LifeSituationDoc } from './life-situation.types';
import type { ServiceDoc } from './service.types';
import type { TaxonomyDoc } from './taxonomy.types';
import type { TerritoryDoc } from './territory.types';

/** Every document type stored in the `catalog` database. */
export type CatalogDoc = ServiceDoc | TaxonomyDoc | LifeSituationDoc | TerritoryDoc;
