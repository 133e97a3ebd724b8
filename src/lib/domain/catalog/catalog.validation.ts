import { isAdmin, hasRole, ROLE_CATALOG_EDITOR } from '../roles';
import {
  forbidden,
  ok,
  unauthorized,
  type AnyDoc,
  type UserCtx,
  type ValidationResult,
} from '../validation/validation.types';
import { SERVICE_ID_PREFIX } from './service.types';

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Shape rules for a service document, independent of who writes it. */
export function validateService(doc: AnyDoc): ValidationResult {
  if (doc._id.indexOf(SERVICE_ID_PREFIX) !== 0) {
    return forbidden(
      'Identifikátor služby musí začínat „service:“.',
      'A service id must start with "service:".',
    );
  }
  if (!isNonEmptyString(doc.name)) {
    return forbidden('Služba musí mít název.', 'A service must have a name.');
  }
  const provider = doc.provider as { name?: unknown } | undefined;
  if (!provider || !isNonEmptyString(provider.name)) {
    return forbidden('Služba musí mít poskytovatele.', 'A service must have a provider.');
  }
  const serviceType = doc.serviceType as { section?: unknown } | undefined;
  if (!serviceType || !isNonEmptyString(serviceType.section)) {
    return forbidden(
      'Služba musí mít druh podle zákona 108/2006 Sb.',
      'A service must have a service type.',
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
