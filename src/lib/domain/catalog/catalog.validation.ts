import { isAdmin, hasRole, ROLE_CATALOG_EDITOR } from '../roles';
import { isNonEmptyString, isObject, isStringArray, oneOf } from '../validation/checks';
import {
  forbidden,
  ok,
  unauthorized,
  type AnyDoc,
  type UserCtx,
  type ValidationResult,
} from '../validation/validation.types';
import { validateService } from './service.validation';
import {
  isPlanningCatalogDoc,
  validatePlanningCatalogUpdate,
} from '../planning/planning.validation';

export { validateService };

const TAXONOMY_KINDS = ['service-type', 'form', 'target-group', 'age-group', 'capacity-unit'];
const CATEGORIES = ['care', 'prevention', 'advice'];
const TERRITORY_LEVELS = ['region', 'orp', 'municipality'];

function hasName(value: unknown): boolean {
  return isObject(value) && isNonEmptyString(value.cs);
}

export function validateTaxonomy(doc: AnyDoc): ValidationResult {
  if (!oneOf(doc.kind, TAXONOMY_KINDS)) {
    return forbidden(
      `Neznámý druh číselníku: ${String(doc.kind)}.`,
      `Unknown taxonomy kind: ${String(doc.kind)}.`,
    );
  }
  if (!isNonEmptyString(doc.key) || doc._id !== `taxonomy:${doc.kind}:${doc.key}`) {
    return forbidden(
      'Položka číselníku musí mít klíč a identifikátor „taxonomy:<druh>:<klíč>“.',
      'A taxonomy term must have a key and the id "taxonomy:<kind>:<key>".',
    );
  }
  if (!hasName(doc.name)) {
    return forbidden(
      'Položka číselníku musí mít český název.',
      'A taxonomy term needs a Czech name.',
    );
  }
  if (doc.kind === 'service-type') {
    if (typeof doc.section !== 'string' || !oneOf(doc.category, CATEGORIES)) {
      return forbidden(
        'Druh služby musí mít paragraf zákona a kategorii (péče, prevence, poradenství).',
        'A service type needs its legal section and a category (care, prevention, advice).',
      );
    }
  }
  return ok;
}

export function validateLifeSituation(doc: AnyDoc): ValidationResult {
  if (!isNonEmptyString(doc.key) || doc._id !== `life-situation:${doc.key}`) {
    return forbidden(
      'Životní situace musí mít klíč a identifikátor „life-situation:<klíč>“.',
      'A life situation must have a key and the id "life-situation:<key>".',
    );
  }
  if (!hasName(doc.title)) {
    return forbidden(
      'Životní situace musí mít český název.',
      'A life situation needs a Czech title.',
    );
  }
  if (!Array.isArray(doc.serviceTypes) || doc.serviceTypes.length === 0) {
    return forbidden(
      'Životní situace musí odkazovat alespoň na jeden druh služby.',
      'A life situation must map to at least one service type.',
    );
  }
  for (const m of doc.serviceTypes) {
    if (!isObject(m) || !isNonEmptyString(m.key) || !hasName(m.why)) {
      return forbidden(
        'Každé přiřazení druhu služby musí mít větu, proč služba pomůže.',
        'Every service-type mapping needs a sentence saying why the service helps.',
      );
    }
  }
  if (!isStringArray(doc.targetGroups) || !isStringArray(doc.keywords)) {
    return forbidden(
      'Cílové skupiny a klíčová slova musí být seznamy textů.',
      'Target groups and keywords must be lists of strings.',
    );
  }
  return ok;
}

export function validateTerritory(doc: AnyDoc): ValidationResult {
  if (!oneOf(doc.level, TERRITORY_LEVELS)) {
    return forbidden(
      'Území musí být kraj (region), ORP (orp) nebo obec (municipality).',
      'A territory must be a region, an ORP or a municipality.',
    );
  }
  if (!isNonEmptyString(doc.key) || doc._id !== `territory:${doc.level}:${doc.key}`) {
    return forbidden(
      'Území musí mít klíč a identifikátor „territory:<úroveň>:<klíč>“.',
      'A territory must have a key and the id "territory:<level>:<key>".',
    );
  }
  if (!isNonEmptyString(doc.name)) {
    return forbidden('Území musí mít název.', 'A territory needs a name.');
  }
  if (doc.level !== 'region' && !isNonEmptyString(doc.parent)) {
    return forbidden(
      'ORP a obec musí mít nadřazené území.',
      'An ORP or a municipality needs its parent territory.',
    );
  }
  return ok;
}

/** Shape rules for any catalogue document. */
export function validateCatalogDoc(doc: AnyDoc): ValidationResult {
  if (doc._deleted) return ok;
  switch (doc.type) {
    case 'service':
      return validateService(doc);
    case 'taxonomy':
      return validateTaxonomy(doc);
    case 'life-situation':
      return validateLifeSituation(doc);
    case 'territory':
      return validateTerritory(doc);
    default:
      return forbidden(
        `Neznámý typ dokumentu v katalogu: ${String(doc.type)}.`,
        `Unknown catalogue document type: ${String(doc.type)}.`,
      );
  }
}

/** Who may write, then what: the whole `validate_doc_update` of `catalog`. */
export function validateCatalogUpdate(
  newDoc: AnyDoc,
  _oldDoc: AnyDoc | null,
  userCtx: UserCtx,
): ValidationResult {
  // Planning facts (ORPs, working groups) have their own writers: admins and coordinators.
  if (isPlanningCatalogDoc(newDoc) || isPlanningCatalogDoc(_oldDoc)) {
    return validatePlanningCatalogUpdate(newDoc, _oldDoc, userCtx);
  }
  if (!isAdmin(userCtx.roles) && !hasRole(userCtx.roles, ROLE_CATALOG_EDITOR)) {
    return userCtx.name
      ? forbidden(
          'Katalog mohou měnit jen jeho editoři.',
          'Only catalogue editors may change the catalogue.',
        )
      : unauthorized('Pro úpravy katalogu se přihlaste.', 'Sign in to change the catalogue.');
  }
  return validateCatalogDoc(newDoc);
}
