/**
 * Public meetings against the real server: a group's meeting marked public appears (title,
 * time, place) in `GET /api/meetings/public/<orp>` and the anonymous `.ics` feed; private and
 * past meetings and anything from the minutes never do.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFetch, adminGetJson, createUser, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import { admin, agendaItem, meeting, putAs, uniqueOrp, type Who } from '../groups/group-support';

function day(offset: number): string {
  return new Date(Date.now() + offset * 24 * 3600_000).toISOString().slice(0, 10);
}

describe('public meetings', () => {
  let server: TestServer;
  const orp = uniqueOrp();
  const db = `orp-${orp}-group-seniori`;
  const soon = day(20);
  const later = day(40);

  beforeAll(async () => {
    server = await startTestServer();
    await admin(server, 'orp', 'add', orp, 'Veřejné ORP');
    await admin(server, 'group', 'add', orp, 'seniori', 'Senioři');
    const who: Who = { name: uniqueName('pm'), password: 'public-meetings' };
    await createUser(server, who.name, who.password, [
      `orp:${orp}:group:seniori`,
      `orp:${orp}:member`,
    ]);
    const writes = [
      meeting(`${soon}-pub1`, who.name, {
        title: 'Veřejné setkání k péči',
        date: soon,
        time: '17:00',
        place: 'Kulturní dům',
        public: true,
      }),
      meeting(`${soon}-priv`, who.name, { title: 'Interní porada', date: soon }),
      meeting(`${day(-10)}-past`, who.name, {
        title: 'Minulé veřejné setkání',
        date: day(-10),
        public: true,
      }),
      agendaItem(`${soon}-pub1`, 1, who.name, { notes: 'Důvěrná poznámka' }),
    ];
    for (const doc of writes) expect((await putAs(server, who, db, doc)).status).toBe(201);
    // The ORP also lists a forum by hand in its public record.
    const record = await adminGetJson<Record<string, unknown>>(
      server,
      `/catalog/planning-orp:${orp}`,
    );
    const listed = await adminFetch(server, `/catalog/planning-orp:${orp}`, {
      method: 'PUT',
      body: JSON.stringify({
        ...record,
        meetings: [{ start: `${later}T15:00:00.000Z`, title: 'Fórum', place: 'Radnice' }],
      }),
    });
    expect(listed.status).toBe(201);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('lists upcoming public meetings only, soonest first, without the minutes', async () => {
    const response = await fetch(`${server.baseUrl}/api/meetings/public/${orp}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const { meetings } = JSON.parse(text) as { meetings: Record<string, unknown>[] };
    expect(meetings).toEqual([
      {
        uid: `meeting:${soon}-pub1.${db}@rozcestnik`,
        title: 'Veřejné setkání k péči',
        date: soon,
        time: '17:00',
        place: 'Kulturní dům',
        groupName: 'Senioři',
      },
      expect.objectContaining({ title: 'Fórum', date: later, place: 'Radnice' }),
    ]);
    expect(text).not.toContain('Interní porada');
    expect(text).not.toContain('Důvěrná');
  });

  it('serves an anonymous .ics that parses back with ical.js', async () => {
    const response = await fetch(`${server.baseUrl}/api/calendar/public/${orp}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('max-age');
    const text = await response.text();
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Veřejné setkání k péči', 'Fórum']);
    expect(events[0]?.location).toBe('Kulturní dům');
    expect(events[0]?.startDate.toString()).toBe(`${soon}T17:00:00`);
    expect(String(events[0]?.component.getFirstPropertyValue('url'))).toContain(
      `/o-planovani/${orp}`,
    );
    expect(text).not.toContain('Interní porada');
    expect(text).not.toContain('Minulé');
    expect(text).not.toContain('Důvěrná');
  });

  it('answers 404 for an unknown ORP', async () => {
    expect((await fetch(`${server.baseUrl}/api/calendar/public/zzznone.ics`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/api/meetings/public/zzznone`)).status).toBe(404);
  });
});
