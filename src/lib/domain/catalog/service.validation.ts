import {
  isIsoDate,
  isIsoDateTime,
  isNonEmptyString,
  isObject,
  isStringArray,
  oneOf,
} from '../validation/checks';
import { forbidden, ok, type AnyDoc, type ValidationResult } from '../validation/validation.types';
import { isEmailAddress, isPhoneNumber, isWebAddress } from './contact-values.validation';
import { SERVICE_ID_PREFIX } from './service.types';

const FORM_KEYS = ['pob', 'amb', 'ter'] as const;
const CAPACITY_UNITS = ['klient', 'kontakt', 'interv', 'luzka', 'hovor'] as const;
const STATUSES = ['active', 'removed'] as const;
const REMOVAL_REASONS = ['ended', 'disappeared', 'withdrawn'] as const;
const WHEELCHAIR = ['yes', 'partial', 'no', 'unknown'] as const;
const SOURCE_KINDS = ['registry', 'local'] as const;

function checkProvider(provider: unknown): ValidationResult {
  if (!isObject(provider) || !isNonEmptyString(provider.name)) {
    return forbidden('Služba musí mít poskytovatele.', 'A service must have a provider.');
  }
  if (
    provider.ico !== undefined &&
    !(typeof provider.ico === 'string' && /^\d{8}$/.test(provider.ico))
  ) {
    return forbidden(
      'IČO poskytovatele musí mít 8 číslic (jako text, včetně úvodních nul).',
      "The provider's IČO must be 8 digits (as text, leading zeros included).",
    );
  }
  if (
    provider.web !== undefined &&
    !(typeof provider.web === 'string' && isWebAddress(provider.web))
  ) {
    return forbidden(
      'Web poskytovatele musí začínat https:// nebo http://.',
      "The provider's website must start with https:// or http://.",
    );
  }
  return ok;
}

function checkForms(forms: unknown): ValidationResult {
  if (forms === undefined) return ok;
  if (!Array.isArray(forms)) {
    return forbidden('Formy služby musí být seznam.', 'Service forms must be a list.');
  }
  for (const f of forms) {
    if (!isObject(f) || !oneOf(f.form, FORM_KEYS)) {
      return forbidden(
        'Forma služby musí být pobytová (pob), ambulantní (amb) nebo terénní (ter).',
        'A service form must be residential (pob), outpatient (amb) or field (ter).',
      );
    }
    if (f.capacities === undefined) continue;
    if (!Array.isArray(f.capacities)) {
      return forbidden('Kapacity musí být seznam.', 'Capacities must be a list.');
    }
    for (const c of f.capacities) {
      if (!isObject(c) || c.kind !== 'registered-maximum') {
        return forbidden(
          'Kapacita musí být označena jako registrovaná maximální kapacita, ne volná místa.',
          'Capacity must be labelled as the registered maximum, not free places.',
        );
      }
      if (typeof c.max !== 'number' || !(c.max >= 0) || Math.floor(c.max) !== c.max) {
        return forbidden(
          'Kapacita musí být celé nezáporné číslo.',
          'Capacity must be a non-negative whole number.',
        );
      }
      if (!oneOf(c.unit, CAPACITY_UNITS)) {
        return forbidden(
          `Neznámá jednotka kapacity: ${String(c.unit)}.`,
          `Unknown capacity unit: ${String(c.unit)}.`,
        );
      }
      if (c.unit === 'luzka' && f.form !== 'pob') {
        return forbidden(
          'Kapacitu v lůžkách může mít jen pobytová forma.',
          'Only the residential form can have capacity in beds.',
        );
      }
    }
  }
  return ok;
}

function checkLocations(locations: unknown): ValidationResult {
  if (locations === undefined) return ok;
  if (!Array.isArray(locations)) {
    return forbidden('Místa služby musí být seznam.', 'Service locations must be a list.');
  }
  for (const l of locations) {
    if (!isObject(l)) {
      return forbidden('Místo služby musí být objekt.', 'A service location must be an object.');
    }
    if (l.addressWithheld === true && (l.address !== undefined || l.geo !== undefined)) {
      return forbidden(
        'Utajená adresa se nesmí zveřejnit: místo s utajenou adresou nesmí mít adresu ani souřadnice.',
        'A secret address must never be published: a withheld location may have no address or coordinates.',
      );
    }
    if (l.geo !== undefined) {
      const g = l.geo;
      if (
        !isObject(g) ||
        typeof g.lat !== 'number' ||
        typeof g.lon !== 'number' ||
        g.lat < -90 ||
        g.lat > 90 ||
        g.lon < -180 ||
        g.lon > 180
      ) {
        return forbidden(
          'Souřadnice musí být zeměpisná šířka (−90 až 90) a délka (−180 až 180).',
          'Coordinates must be a latitude (−90 to 90) and a longitude (−180 to 180).',
        );
      }
    }
  }
  return ok;
}

function checkContacts(contacts: unknown): ValidationResult {
  if (contacts === undefined) return ok;
  if (!isObject(contacts)) {
    return forbidden('Kontakty musí být objekt.', 'Contacts must be an object.');
  }
  for (const key of ['phones', 'emails', 'webs']) {
    const list = contacts[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      return forbidden(`Kontakty ${key} musí být seznam.`, `Contacts ${key} must be a list.`);
    }
    for (const c of list) {
      if (!isObject(c) || !isNonEmptyString(c.value)) {
        return forbidden('Kontakt nesmí být prázdný.', 'A contact must not be empty.');
      }
      if (key === 'emails' && !isEmailAddress(c.value)) {
        return forbidden(`Neplatný e-mail: ${c.value}.`, `Invalid e-mail address: ${c.value}.`);
      }
      if (key === 'phones' && !isPhoneNumber(c.value)) {
        return forbidden(
          `Neplatné telefonní číslo: ${c.value}.`,
          `Invalid phone number: ${c.value}.`,
        );
      }
      if (key === 'webs' && !isWebAddress(c.value)) {
        return forbidden(
          `Webová adresa musí začínat https:// nebo http://: ${c.value}.`,
          `A web address must start with https:// or http://: ${c.value}.`,
        );
      }
    }
  }
  return ok;
}

function checkStatusAndSource(doc: AnyDoc): ValidationResult {
  if (doc.status !== undefined && !oneOf(doc.status, STATUSES)) {
    return forbidden(
      'Stav služby musí být „active“ nebo „removed“.',
      'Service status must be "active" or "removed".',
    );
  }
  if (doc.status === 'removed') {
    const r = doc.removed;
    if (!isObject(r) || !isIsoDateTime(r.at) || !oneOf(r.reason, REMOVAL_REASONS)) {
      return forbidden(
        'Zrušená služba musí uvádět, kdy a proč byla zrušena.',
        'A removed service must record when and why it was removed.',
      );
    }
  }
  const source = doc.source;
  if (source !== undefined) {
    if (!isObject(source) || !oneOf(source.kind, SOURCE_KINDS)) {
      return forbidden(
        'Zdroj dat musí být „registry“ nebo „local“.',
        'Data source must be "registry" or "local".',
      );
    }
    if (source.kind === 'registry' && !isNonEmptyString(source.registryIdentifier)) {
      return forbidden(
        'Služba z registru musí mít identifikátor registru.',
        'A registry service must have its registry identifier.',
      );
    }
  }
  if (doc.lastVerified !== undefined && !isIsoDate(doc.lastVerified)) {
    return forbidden(
      'Datum ověření musí být ve tvaru RRRR-MM-DD.',
      'The verification date must be YYYY-MM-DD.',
    );
  }
  return ok;
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
  const provider = checkProvider(doc.provider);
  if (!provider.ok) return provider;
  const st = doc.serviceType;
  if (
    !isObject(st) ||
    !isNonEmptyString(st.name) ||
    typeof st.section !== 'string' ||
    (!isNonEmptyString(st.section) && !isNonEmptyString(st.key))
  ) {
    return forbidden(
      'Služba musí mít druh podle zákona 108/2006 Sb.',
      'A service must have a service type.',
    );
  }
  if (!isIsoDateTime(doc.updatedAt)) {
    return forbidden(
      'Služba musí mít datum poslední změny (ISO 8601).',
      'A service must have its last-updated time (ISO 8601).',
    );
  }
  for (const key of ['targetGroups', 'ageGroups', 'lifeSituations', 'languages']) {
    if (doc[key] !== undefined && !isStringArray(doc[key])) {
      return forbidden(`Pole ${key} musí být seznam textů.`, `${key} must be a list of strings.`);
    }
  }
  if (doc.accessibility !== undefined) {
    const a = doc.accessibility;
    if (!isObject(a) || !oneOf(a.wheelchair, WHEELCHAIR)) {
      return forbidden(
        'Přístupnost musí uvádět bezbariérovost: yes, partial, no nebo unknown.',
        'Accessibility must state wheelchair access: yes, partial, no or unknown.',
      );
    }
  }
  const checks = [
    checkForms(doc.forms),
    checkLocations(doc.locations),
    checkContacts(doc.contacts),
    checkStatusAndSource(doc),
  ];
  for (const result of checks) if (!result.ok) return result;
  return ok;
}
