export default {
  unsaved: 'Neuloženo. Koncept se průběžně ukládá v tomto zařízení.',
  restored: 'Obnoven neuložený koncept z {{when}}.',
  discard: 'Zahodit koncept',
  discarded: 'Koncept zahozen.',
  leftBehind: 'Neuložený koncept zůstal uložený v tomto zařízení.',
  goBack: 'Vrátit se k formuláři',
  dismiss: 'Zavřít upozornění',
};
