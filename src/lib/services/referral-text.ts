import type { ServiceDoc } from '$domain/catalog/service.types';
import { formatAddress } from './map-links';
import { slotLines } from './hours-text';

/** What a client needs to reach a service: the same on the printed sheet and in a message. */
export interface ReferralContacts {
  phones: string[];
  email: string | undefined;
  address: string | undefined;
}

/** The service's own contacts first, the provider's when the service gives none. */
export function referralContacts(service: ServiceDoc): ReferralContacts {
  const phones = service.contacts?.phones?.length
    ? service.contacts.phones.map((p) => p.value)
    : service.provider.phone
      ? [service.provider.phone]
      : [];
  return {
    phones,
    email: service.contacts?.emails?.[0]?.value ?? service.provider.email,
    // A withheld address (e.g. a shelter) is never sent.
    address: service.locations
      ?.filter((l) => l.address && !l.addressWithheld)
      .map((l) => formatAddress(l.address ?? {}))
      .find((text) => text !== ''),
  };
}

export interface ReferralLabels {
  intro: string;
  /** Day names, Monday first. */
  days: readonly string[];
  nonstop: string;
  hoursLine: (hours: string) => string;
  phone: (phone: string) => string;
  /** "Připravil(a): …, tel. …", when the worker filled it in. */
  signature?: string;
}

/** The opening hours in one line ("pondělí–pátek: 8:00–16:00; sobota: 9:00–12:00"). */
export function hoursSummary(
  service: ServiceDoc,
  labels: Pick<ReferralLabels, 'days' | 'nonstop'>,
) {
  if (service.hours?.nonstop) return labels.nonstop;
  return slotLines(service.hours, labels.days).join('; ');
}

/**
 * The shortlist as plain text for a text message or an e-mail: short lines, the phone of each
 * service first (a client on a basic phone can call straight from the message).
 */
export function referralText(services: ServiceDoc[], labels: ReferralLabels): string {
  const blocks = services.map((service, index) => {
    const contacts = referralContacts(service);
    const hours = hoursSummary(service, labels);
    return [
      `${index + 1}. ${service.name}`,
      ...contacts.phones.map(labels.phone),
      ...(contacts.email ? [contacts.email] : []),
      ...(contacts.address ? [contacts.address] : []),
      ...(hours ? [labels.hoursLine(hours)] : []),
    ].join('\n');
  });
  return [labels.intro, ...blocks, ...(labels.signature ? [labels.signature] : [])].join('\n\n');
}

/** RFC 5724: `sms:?body=` opens the messaging app with the text and no recipient yet. */
export function smsHref(text: string): string {
  return `sms:?body=${encodeURIComponent(text)}`;
}

/** RFC 6068: line breaks as CRLF, everything percent-encoded (spaces as %20, never "+"). */
export function mailtoHref(subject: string, text: string): string {
  const body = text.replace(/\r?\n/g, '\r\n');
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
