/**
 * Realistic working-group documents for bench:sync, typed with the group domain types so the
 * server's validate_doc_update (the same domain validation) accepts them. Sizes follow real
 * minutes: agenda-item notes of a few hundred to a few thousand characters of Czech Markdown,
 * one-sentence decisions and tasks, ten-odd attendees per meeting.
 */
import {
  agendaItemId,
  attendanceId,
  decisionId,
  meetingId,
  taskId,
  type AgendaItemDoc,
  type AttendanceDoc,
  type DecisionDoc,
  type GroupDoc,
  type MeetingDoc,
  type TaskDoc,
} from '../../src/lib/domain/groups/group.types';

const SENTENCES = [
  'Koordinátorka shrnula výsledky dotazníkového šetření mezi uživateli pečovatelské služby.',
  'Zástupce obce informoval o přípravě rozpočtu na příští rok a o dotačním řízení kraje.',
  'Diskutovalo se o nedostatku terénních pracovníků v okrajových částech ORP.',
  'Poskytovatelé se shodli, že je třeba sjednotit informace v katalogu služeb.',
  'Člen skupiny upozornil na dlouhé čekací lhůty v domovech pro seniory.',
  'Byla představena nová služba odlehčovací péče, kapacita 6 lůžek od ledna.',
  'Skupina projednala návrh opatření 2.3 akčního plánu a doporučila jeho úpravu.',
  'Zazněla potřeba posílit dopravu seniorů k lékaři, zejména ve spádových obcích.',
  'Zástupkyně neziskové organizace nabídla spolupráci při dobrovolnickém programu.',
  'Termín další schůzky bude upřesněn podle dostupnosti zasedací místnosti.',
];

const TOPICS = [
  'Zahájení a schválení programu',
  'Kontrola úkolů z minulé schůzky',
  'Monitoring akčního plánu',
  'Informace poskytovatelů',
  'Příprava komunitního plánu',
  'Dotační řízení kraje',
  'Různé',
  'Závěr',
];

const ORGANISATIONS = ['Charita', 'Diakonie', 'Městský úřad', 'Domov seniorů', 'Spolek Naděje'];

/** A deterministic pseudo-random generator (mulberry32), so every run writes the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T =>
  list[Math.floor(rnd() * list.length)] as T;

/** A Markdown paragraph or list of `sentences` sentences (about 90 characters each). */
export function notesText(rnd: () => number, sentences: number): string {
  const lines: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const sentence = pick(rnd, SENTENCES);
    lines.push(rnd() < 0.3 ? `- ${sentence}` : sentence);
  }
  return lines.join('\n');
}

function authorship(user: string, at: string) {
  return { createdBy: user, createdAt: at, updatedBy: user, updatedAt: at };
}

function isoDay(base: Date, days: number): string {
  return new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export const AGENDA_ITEMS = TOPICS.length;

/** One meeting with its agenda (notes filled in or empty), attendance, decisions and tasks. */
export function meetingDocs(
  key: string,
  index: number,
  author: string,
  members: readonly string[],
  options: { withMinutes: boolean },
): GroupDoc[] {
  const rnd = random(index + 1);
  const at = new Date().toISOString();
  const date = isoDay(new Date('2016-01-12T00:00:00Z'), index * 7);
  const meeting: MeetingDoc = {
    _id: meetingId(key),
    type: 'meeting',
    title: `Schůzka pracovní skupiny č. ${index + 1}`,
    date,
    time: '14:00',
    place: 'Zasedací místnost MÚ, 2. patro',
    status: 'draft',
    ...authorship(author, at),
  };
  const docs: GroupDoc[] = [meeting];
  TOPICS.forEach((title, i) => {
    const item: AgendaItemDoc = {
      _id: agendaItemId(key, i + 1),
      type: 'agenda-item',
      meetingId: key,
      locked: false,
      n: i + 1,
      title,
      notes: options.withMinutes ? notesText(rnd, 3 + Math.floor(rnd() * 25)) : '',
      ...authorship(author, at),
    };
    docs.push(item);
  });
  if (!options.withMinutes) return docs;
  const attendees = 8 + Math.floor(rnd() * 8);
  for (let i = 0; i < attendees; i++) {
    // Members first, then guests, each once.
    const guest = i >= members.length;
    const person = guest ? `host-${i}` : (members[(index + i) % members.length] as string);
    const attendance: AttendanceDoc = {
      _id: attendanceId(key, person),
      type: 'attendance',
      meetingId: key,
      locked: false,
      person,
      displayName: guest ? `Host ${i}` : `Člen ${person}`,
      guest,
      present: rnd() < 0.85,
      organisation: pick(rnd, ORGANISATIONS),
      ...authorship(author, at),
    };
    docs.push(attendance);
  }
  const decisions = 1 + Math.floor(rnd() * 4);
  for (let n = 1; n <= decisions; n++) {
    const decision: DecisionDoc = {
      _id: decisionId(key, n),
      type: 'decision',
      meetingId: key,
      locked: false,
      n,
      text: `Pracovní skupina ${pick(rnd, ['schvaluje', 'doporučuje', 'bere na vědomí'])}: ${pick(rnd, SENTENCES)}`,
      agendaItem: 1 + Math.floor(rnd() * AGENDA_ITEMS),
      ...authorship(author, at),
    };
    docs.push(decision);
  }
  const tasks = Math.floor(rnd() * 4);
  for (let n = 1; n <= tasks; n++) {
    docs.push(
      newTask(`${key}-${n}`, author, members[(index * 3 + n) % members.length] ?? author, key, {
        due: isoDay(new Date(`${date}T00:00:00Z`), 30),
        status: rnd() < 0.7 ? 'done' : 'open',
        at,
      }),
    );
  }
  return docs;
}

export function newTask(
  key: string,
  author: string,
  assignee: string,
  meetingKey: string | undefined,
  options: { due?: string; status?: TaskDoc['status']; at?: string } = {},
): TaskDoc {
  const rnd = random(key.length * 7919 + key.charCodeAt(key.length - 1));
  return {
    _id: taskId(key),
    type: 'task',
    what: `Zajistit: ${pick(rnd, SENTENCES).toLowerCase()}`,
    assignee,
    ...(options.due ? { due: options.due } : {}),
    status: options.status ?? 'open',
    ...(meetingKey ? { meetingId: meetingKey } : {}),
    ...authorship(author, options.at ?? new Date().toISOString()),
  };
}
