import type { LifeSituationDoc } from '$domain/catalog/life-situation.types';
import type { ServiceCategory } from '$domain/catalog/service.types';
import type {
  AgeGroupTerm,
  FormTerm,
  ServiceTypeTerm,
  TargetGroupTerm,
  TaxonomyDoc,
} from '$domain/catalog/taxonomy.types';
import { CATEGORY_NAMES } from '$domain/catalog/taxonomy.types';
import type { TerritoryDoc } from '$domain/catalog/territory.types';
import type { CatalogEntryRow } from '$lib/data/dexie/app.db';
import { deviceData } from '$lib/data/device-data.client';
import { i18n } from '$lib/i18n/i18n.svelte';

export type Localised = { cs: string; en: string };

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
const collator = new Intl.Collator('cs', { sensitivity: 'base', numeric: true });

function docsOf<T>(rows: CatalogEntryRow[]): T[] {
  return rows.map((r) => r.doc as T).filter((d) => d !== null && typeof d === 'object');
}

function indexByKey<T extends { key: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.key, i]));
}

/**
 * Taxonomies, life situations and territory as the UI sees them, read from the Dexie
 * `catalogEntries` read model (so editors can rename terms without a release). Lookups by key;
 * `label()` picks the current UI language.
 */
class TaxonomyState {
  lifeSituations = $state.raw<LifeSituationDoc[]>([]);
  serviceTypes = $state.raw<ServiceTypeTerm[]>([]);
  targetGroups = $state.raw<TargetGroupTerm[]>([]);
  forms = $state.raw<FormTerm[]>([]);
  ageGroups = $state.raw<AgeGroupTerm[]>([]);
  regions = $state.raw<TerritoryDoc[]>([]);
  orps = $state.raw<TerritoryDoc[]>([]);
  municipalities = $state.raw<TerritoryDoc[]>([]);
  loaded = $state(false);

  #lifeSituationByKey = $derived(indexByKey(this.lifeSituations));
  #serviceTypeByKey = $derived(indexByKey(this.serviceTypes));
  #targetGroupByKey = $derived(indexByKey(this.targetGroups));
  #formByKey = $derived(indexByKey(this.forms));
  #ageGroupByKey = $derived(indexByKey(this.ageGroups));
  #orpByKey = $derived(indexByKey(this.orps));
  #municipalityByKey = $derived(indexByKey(this.municipalities));

  #started = false;

  /**
   * Starts the live queries once per page; browser only. They run in the catalogue sync
   * worker (device-data.client.ts), so the page's thread never loads Dexie for them.
   */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    const onError = (error: unknown) => console.error('taxonomy', error);
    deviceData.observeEntries(
      'taxonomy',
      (rows) => {
        const terms = docsOf<TaxonomyDoc>(rows).sort(byOrder);
        this.serviceTypes = terms.filter((t): t is ServiceTypeTerm => t.kind === 'service-type');
        this.targetGroups = terms.filter((t): t is TargetGroupTerm => t.kind === 'target-group');
        this.forms = terms.filter((t): t is FormTerm => t.kind === 'form');
        this.ageGroups = terms.filter((t): t is AgeGroupTerm => t.kind === 'age-group');
        this.loaded = true;
      },
      onError,
    );
    deviceData.observeEntries(
      'life-situation',
      (rows) => (this.lifeSituations = docsOf<LifeSituationDoc>(rows).sort(byOrder)),
      onError,
    );
    deviceData.observeEntries(
      'territory',
      (rows) => {
        const docs = docsOf<TerritoryDoc>(rows).sort((a, b) => collator.compare(a.name, b.name));
        this.regions = docs.filter((d) => d.level === 'region');
        this.orps = docs.filter((d) => d.level === 'orp');
        this.municipalities = docs.filter((d) => d.level === 'municipality');
      },
      onError,
    );
  }

  /** The text in the current UI language (Czech when English is missing). */
  label(text: Localised | undefined): string {
    if (!text) return '';
    return i18n.locale === 'en' ? text.en || text.cs : text.cs;
  }

  lifeSituation(key: string): LifeSituationDoc | undefined {
    return this.#lifeSituationByKey.get(key);
  }
  serviceType(key: string): ServiceTypeTerm | undefined {
    return this.#serviceTypeByKey.get(key);
  }
  targetGroup(key: string): TargetGroupTerm | undefined {
    return this.#targetGroupByKey.get(key);
  }
  form(key: string): FormTerm | undefined {
    return this.#formByKey.get(key);
  }
  ageGroup(key: string): AgeGroupTerm | undefined {
    return this.#ageGroupByKey.get(key);
  }
  orp(key: string): TerritoryDoc | undefined {
    return this.#orpByKey.get(key);
  }
  municipality(key: string): TerritoryDoc | undefined {
    return this.#municipalityByKey.get(key);
  }

  /** Municipalities whose parent is the ORP `orpKey`. */
  municipalitiesOf(orpKey: string): TerritoryDoc[] {
    const parent = `territory:orp:${orpKey}`;
    return this.municipalities.filter((m) => m.parent === parent);
  }

  categoryName(category: ServiceCategory): string {
    return this.label(CATEGORY_NAMES[category]);
  }

  /** Why a service of type `serviceTypeKey` helps in life situation `lifeSituationKey`. */
  why(lifeSituationKey: string, serviceTypeKey: string): Localised | undefined {
    return this.lifeSituation(lifeSituationKey)?.serviceTypes.find((m) => m.key === serviceTypeKey)
      ?.why;
  }
}

export const taxonomy = new TaxonomyState();
