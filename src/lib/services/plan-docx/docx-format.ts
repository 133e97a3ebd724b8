/** Number, money and date formats of the exported documents. */
export function formats(locale: 'cs' | 'en') {
  const tag = locale === 'cs' ? 'cs-CZ' : 'en-GB';
  const money = new Intl.NumberFormat(tag, {
    style: 'currency',
    currency: 'CZK',
    maximumFractionDigits: 0,
  });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(tag);
  return {
    money: (n: number) => money.format(n),
    date: (d: Date) => date.format(d),
    dateTime: (d: Date) => dateTime.format(d),
    number: (n: number) => number.format(n),
  };
}
