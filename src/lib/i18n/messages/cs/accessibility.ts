export default {
  nav: 'Prohlášení o přístupnosti',
  title: 'Prohlášení o přístupnosti',
  intro:
    '{{operator}} se zavazuje zpřístupnit webovou aplikaci Rozcestník v souladu se zákonem č. 99/2019 Sb., o přístupnosti internetových stránek a mobilních aplikací a o změně zákona č. 365/2000 Sb., o informačních systémech veřejné správy a o změně některých dalších zákonů, ve znění pozdějších předpisů.',
  scope: 'Toto prohlášení o přístupnosti se vztahuje na webovou aplikaci Rozcestník ({{url}}).',
  statusHeading: 'Stav souladu',
  status:
    'Tato webová aplikace je částečně v souladu se zákonem č. 99/2019 Sb. z důvodu níže uvedených nesouladů a výjimek. Požadavky zákona odpovídají normě ČSN EN 301 549, která odkazuje na úroveň AA pravidel WCAG 2.1.',
  inaccessibleHeading: 'Nepřístupný obsah',
  inaccessible: [
    'Mapy otevírané odkazem na Mapy.cz nebo do mapové aplikace telefonu jsou obsahem třetí strany, který provozovatel neovládá. Adresa je proto vždy uvedena i textem.',
    'Popisy služeb převzaté z Registru poskytovatelů sociálních služeb píší poskytovatelé a nemusí být v jednoduchém jazyce. Editoři je postupně doplňují srozumitelným popisem.',
    'Tištěný list doporučených služeb je určen k předání na papíře; elektronicky je dostupný jako běžná stránka aplikace.',
  ],
  preparedHeading: 'Vypracování tohoto prohlášení',
  prepared: 'Toto prohlášení bylo vypracováno dne {{date}} a naposledy přezkoumáno dne {{date}}.',
  methodHeading: 'Jak byla přístupnost ověřena',
  method: [
    'Vlastním posouzením provozovatele podle WCAG 2.1 na úrovni AA.',
    'Automatickými testy nástrojem axe-core ve skutečném prohlížeči Chromium na každé verzi aplikace, na šířce telefonu i počítače (úvod, výsledky hledání, detail služby, výběr, nastavení, stránka o plánování a toto prohlášení).',
    'Ručním ovládáním všech postupů pouze klávesnicí, s viditelným zaměřením.',
    'Kontrolou při zvětšení textu na 200 % a při šířce 320 CSS pixelů a s omezeným pohybem (prefers-reduced-motion).',
  ],
  feedbackHeading: 'Zpětná vazba a kontaktní údaje',
  feedback:
    'Narazili jste na nepřístupný obsah, nebo potřebujete informace v jiném formátu? Napište nebo zavolejte provozovateli. Odpovíme do 30 dnů.',
  contactName: 'Provozovatel: {{operator}}',
  contactEmail: 'E-mail: {{email}}',
  contactPhone: 'Telefon: {{phone}}',
  enforcementHeading: 'Postup pro prosazování práva',
  enforcement:
    'Pokud na své oznámení nebo žádost nedostanete uspokojivou odpověď, můžete podat podnět ke kontrole Ministerstvu vnitra, které podle § 8 zákona č. 99/2019 Sb. kontroluje dodržování povinností podle tohoto zákona.',
  enforcementBody: 'Ministerstvo vnitra České republiky, Nad Štolou 936/3, 170 34 Praha 7',
  enforcementEmail: 'E-mail: {{email}}',
  enforcementWeb: 'Web: {{web}}',
};
