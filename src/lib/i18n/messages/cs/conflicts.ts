export default {
  title: 'Souběžné úpravy',
  intro:
    'Tyto záznamy upravili dva lidé současně a změny nešlo sloučit automaticky. Nic se neztratilo: vyberte verzi, nebo je spojte.',
  none: 'Žádné souběžné úpravy nečekají na vyřešení.',
  version: 'Verze {{n}}',
  by: 'Upravil(a) {{name}}, {{when}}',
  keep: 'Ponechat verzi {{n}}',
  combine: 'Spojit ručně: {{field}}',
  saveCombined: 'Uložit spojenou verzi',
  resolved: 'Vyřešeno. Ostatní verze byly odstraněny.',
  failed: 'Nepodařilo se uložit: {{reason}}',
  noBase: 'Společnou výchozí verzi už nelze dohledat, proto jsou verze zobrazeny vedle sebe celé.',
  field: 'Pole',
  back: 'Zpět na skupinu',
  empty: '(prázdné)',
  lockedCoordinator:
    'Některé z nich jsou ve schváleném zápisu: ty může vyřešit jen koordinátor, tedy vy.',
  lockedCount_one: '{{count}} ve schváleném zápisu čeká na koordinátora',
  lockedCount_few: '{{count}} ve schváleném zápisu čekají na koordinátora',
  lockedCount_other: '{{count}} ve schváleném zápisu čeká na koordinátora',
  openMeeting: 'Otevřít zápis ze schůzky',
};
