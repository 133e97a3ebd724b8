/** What the results page says about how the results match the words (search relevance). */
export default {
  partial: 'Žádná služba neodpovídá všem slovům, ukazujeme nejbližší shody.',
  suggestionsHeading: 'Možná jde o tuto situaci',
  whyCard: 'Proč vám může pomoci:',
};
