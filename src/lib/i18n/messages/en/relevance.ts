import type cs from '../cs/relevance';

/** What the results page says about how the results match the words (search relevance). */
export default {
  partial: 'No service matches every word; showing the closest matches.',
  suggestionsHeading: 'Perhaps it is this situation',
  whyCard: 'Why it may help you:',
} satisfies typeof cs;
