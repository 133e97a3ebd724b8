import type { Address } from '$domain/catalog/service.types';

/** One-line postal address, Czech style: "Náměstí 12/3, 380 01 Dačice". */
export function formatAddress(address: Address): string {
  const number = [address.houseNumber, address.orientationNumber].filter(Boolean).join('/');
  const street = [address.street ?? address.partOfMunicipality, number].filter(Boolean).join(' ');
  const town = [address.postcode, address.municipality].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ');
}

/** mapy.cz: by coordinates when known (exact), else a search for the address. */
export function mapyCzUrl(address: string, geo?: { lat: number; lon: number }): string {
  if (geo) {
    return `https://mapy.cz/zakladni?q=${encodeURIComponent(address)}&x=${geo.lon}&y=${geo.lat}&z=17&source=coor&id=${geo.lon}%2C${geo.lat}`;
  }
  return `https://mapy.cz/zakladni?q=${encodeURIComponent(address)}`;
}

/** RFC 5870 `geo:` URI; Android opens the user's own map app (offline maps too). */
export function geoUri(address: string, geo?: { lat: number; lon: number }): string {
  if (geo)
    return `geo:${geo.lat},${geo.lon}?q=${geo.lat},${geo.lon}(${encodeURIComponent(address)})`;
  return `geo:0,0?q=${encodeURIComponent(address)}`;
}

/** `tel:` keeps only digits and a leading plus ("+420 777 123 456" → "tel:+420777123456"). */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/[^0-9]/g, '')}`;
}

/** Adds https:// to a bare host ("www.example.cz") so the link leaves the app. */
export function webHref(web: string): string {
  return /^https?:\/\//i.test(web) ? web : `https://${web}`;
}
