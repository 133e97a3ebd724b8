import MiniSearch from 'minisearch';
import lifeSituations from '../catalog/data/life-situations.json';
import { PLACE_NAMES, SEARCH_VOCABULARY } from '../catalog/data/search-vocabulary.data';
import { SERVICE_TYPES } from '../catalog/data/service-types.data';
import { ORPS } from '../catalog/data/territory.data';
import type { KeyColumn } from './search-columns';
import { SEARCH_OPTIONS } from './search-options';
import { termParts } from './term-parts';
import { TermScores, type WordRows } from './term-scores';

/**
 * What people say that no service row says: the life situations a service serves (titles and
 * keywords), the everyday words for its service type (search-vocabulary.data.ts) and the places
 * it serves (every municipality and ORP of its service area, not only its address). They are
 * "topics", about a hundred small documents indexed once, each standing for the rows of one
 * key: a service type, a life situation, a municipality or an ORP. A query word that matches a
 * topic scores every row of that key, so the per-row index stays as it was (the same words on
 * 10,000 rows would double it) and typo and prefix matching work as for the rows' own words.
 */
interface Topic {
  /** Which key column the topic's rows come from, and the key. */
  column: TopicColumn;
  key: string;
  text: string;
}

export type TopicColumn = 'serviceType' | 'lifeSituation' | 'municipality' | 'orps';

/** How much a topic's match weighs against the rows' own fields (name 6, type 2.5…). */
const TOPIC_BOOST: Record<TopicColumn, number> = {
  serviceType: 2,
  lifeSituation: 1.5,
  municipality: 2,
  orps: 1.5,
};

interface SituationSeed {
  key: string;
  cs: string;
  en: string;
  /** [service-type key, why (cs), why (en)], the most helpful first. */
  types: [string, string, string][];
  keywords: string[];
}

const SITUATIONS = lifeSituations as unknown as SituationSeed[];

function topics(): Topic[] {
  const out: Topic[] = [];
  for (const type of SERVICE_TYPES) {
    const words = SEARCH_VOCABULARY.filter((e) => e.serviceTypes.includes(type.key)).flatMap(
      (e) => e.words,
    );
    out.push({ column: 'serviceType', key: type.key, text: words.join(' ') });
  }
  for (const s of SITUATIONS) {
    out.push({ column: 'lifeSituation', key: s.key, text: [s.cs, s.en, ...s.keywords].join(' ') });
  }
  for (const orp of ORPS) {
    const nicknames = PLACE_NAMES.filter((p) => p.orp === orp.key).flatMap((p) => p.words);
    out.push({ column: 'orps', key: orp.key, text: [orp.name, ...nicknames].join(' ') });
    for (const m of orp.municipalities) {
      out.push({ column: 'municipality', key: m.key, text: m.name });
    }
  }
  return out.filter((t) => t.text !== '');
}

/** The topics' index, built once per worker (the same for every catalogue). */
let shared: { topics: Topic[]; scores: TermScores } | undefined;

function topicIndex(): { topics: Topic[]; scores: TermScores } {
  if (shared) return shared;
  const list = topics();
  const mini = new MiniSearch<number>({
    idField: 'id',
    fields: ['text'],
    extractField: (i: number, field: string) => (field === 'id' ? i : list[i]!.text),
    processTerm: SEARCH_OPTIONS.processTerm,
  } as unknown as ConstructorParameters<typeof MiniSearch<number>>[0]);
  mini.addAll(list.map((_, i) => i));
  const scores = new TermScores(termParts(mini.toJSON()), list.length, SEARCH_OPTIONS.processTerm, {
    ...SEARCH_OPTIONS.searchOptions,
    boost: { text: 1 },
  });
  shared = { topics: list, scores };
  return shared;
}

/** Row lists per key of one column (inverted once, on first use). */
function invert(column: KeyColumn, size: number): Map<string, Int32Array> {
  const counts = new Uint32Array(column.options.length);
  for (let i = 0; i < column.values.length; i++) counts[column.values[i]!]!++;
  const lists = column.options.map((_, id) => new Int32Array(counts[id]!));
  const at = new Uint32Array(column.options.length);
  for (let row = 0; row < size; row++) {
    for (let i = column.starts[row]!, end = column.starts[row + 1]!; i < end; i++) {
      const id = column.values[i]!;
      lists[id]![at[id]!++] = row;
    }
  }
  return new Map(column.options.map((key, id) => [key, lists[id]!]));
}

export class SearchTopics {
  readonly #columns: Record<TopicColumn, KeyColumn>;
  readonly #size: number;
  readonly #rows = new Map<TopicColumn, Map<string, Int32Array>>();

  constructor(columns: Record<TopicColumn, KeyColumn>, size: number) {
    this.#columns = columns;
    this.#size = size;
  }

  #rowsOf(column: TopicColumn, key: string): Int32Array | undefined {
    let lists = this.#rows.get(column);
    if (!lists) this.#rows.set(column, (lists = invert(this.#columns[column], this.#size)));
    return lists.get(key);
  }

  /**
   * Rows a query word reaches through topics, with their scores (added to the word's own):
   * `TermScores`' hook for words (`WordRows`).
   */
  readonly rowsOfWord: WordRows = (word, prefix, fuzzy, add) => {
    const { topics: list, scores } = topicIndex();
    const found = scores.word(word, prefix, fuzzy);
    for (let i = 0; i < found.rows.length; i++) {
      const topic = list[found.rows[i]!]!;
      const rows = this.#rowsOf(topic.column, topic.key);
      if (rows) add(rows, found.scores[i]! * TOPIC_BOOST[topic.column]);
    }
  };
}

/**
 * Life situations whose words match the query's, best first: suggested as one tap when a
 * sentence matches no service fully (or none at all).
 */
export function situationsOf(words: readonly string[], limit = 3): string[] {
  const { topics: list, scores } = topicIndex();
  const total = new Map<string, number>();
  words.forEach((word, i) => {
    const found = scores.word(
      word,
      i === words.length - 1,
      SEARCH_OPTIONS.searchOptions.fuzzy(word),
    );
    for (let j = 0; j < found.rows.length; j++) {
      const topic = list[found.rows[j]!]!;
      const add = (key: string, score: number) => total.set(key, (total.get(key) ?? 0) + score);
      if (topic.column === 'lifeSituation') add(topic.key, found.scores[j]!);
      // A service type's words count for the situations it helps in, less the further down
      // the situation lists it ("bije" → intervenční centrum → "Zažívám domácí násilí").
      if (topic.column !== 'serviceType') continue;
      for (const s of SITUATIONS) {
        const at = s.types.findIndex(([type]) => type === topic.key);
        if (at >= 0) add(s.key, found.scores[j]! / (2 + at));
      }
    }
  });
  return [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key]) => key);
}
