/**
 * Surveys against the real server (embedded and Apache CouchDB): the databases' access through
 * /db, the survey validation, and the anonymous endpoints with their token and rate limits.
 * TRUST_PROXY is on so each test answers from its own X-Forwarded-For address: the limits
 * (small, through the environment) are counted per test and the address comes from the proxy.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFetch, createUser, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import { admin, asUser, putAs, uniqueOrp, type Who } from '../groups/group-support';
import { sampleSurvey } from '../../unit/lib/domain/surveys/survey-fixtures';

let ipSeq = 0;
function nextIp(): string {
  ipSeq += 1;
  return `198.51.100.${ipSeq}`;
}

describe('surveys', () => {
  let server: TestServer;
  const orp = uniqueOrp();
  const other = uniqueOrp();
  const surveysDb = `orp-${orp}-surveys`;
  const answersDb = `orp-${orp}-survey-answers`;
  const who: Record<string, Who> = {};

  beforeAll(async () => {
    server = await startTestServer({
      env: {
        TRUST_PROXY: '1',
        SURVEY_TOKENS_PER_HOUR: '2',
        SURVEY_ANSWERS_PER_DEVICE_PER_HOUR: '3',
        SURVEY_ANSWERS_PER_ADDRESS_PER_HOUR: '5',
      },
    });
    await Promise.all([
      admin(server, 'orp', 'add', orp, 'Anketní ORP'),
      admin(server, 'orp', 'add', other, 'Jiné ORP'),
    ]);
    // The ORP's public record names its territory: Dačice's municipalities are the valid ones.
    const record = (await (
      await adminFetch(server, `/catalog/planning-orp:${orp}`)
    ).json()) as object;
    await adminFetch(server, `/catalog/planning-orp:${orp}`, {
      method: 'PUT',
      body: JSON.stringify({ ...record, territory: 'dacice' }),
    });
    const roles: Record<string, string[]> = {
      coordinator: [`orp:${orp}:coordinator`],
      member: [`orp:${orp}:member`, `orp:${orp}:group:a`],
      otherCoordinator: [`orp:${other}:coordinator`],
      editor: ['catalog:editor'],
    };
    for (const [actor, list] of Object.entries(roles)) {
      const name = uniqueName(actor.toLowerCase());
      await createUser(server, name, 'survey-password', list);
      who[actor] = { name, password: 'survey-password' };
    }
  });

  afterAll(async () => {
    await server?.stop();
  });

  function survey(key: string, overrides: Record<string, unknown> = {}) {
    return {
      ...sampleSurvey(),
      _id: `survey:${key}`,
      orp,
      createdBy: who.coordinator?.name,
      opens: '2026-01-01',
      closes: '2030-12-31',
      ...overrides,
    } as Record<string, unknown>;
  }

  /** Writes a survey through /db as the coordinator, or as `as` (undefined: anonymously). */
  async function putSurvey(doc: Record<string, unknown>, ...as: [Who | undefined] | []) {
    const user = as.length === 0 ? who.coordinator : as[0];
    const response = await putAs(server, user, surveysDb, doc);
    return {
      status: response.status,
      body: (await response.json()) as { rev?: string; reason?: string },
    };
  }

  async function token(ip: string): Promise<Response> {
    return fetch(`${server.baseUrl}/api/surveys/token`, {
      method: 'POST',
      headers: { 'X-Forwarded-For': ip },
    });
  }

  async function tokenFor(ip: string): Promise<string> {
    const response = await token(ip);
    expect(response.status).toBe(200);
    return ((await response.json()) as { token: string }).token;
  }

  function postAnswer(ip: string, key: string, body: unknown, ofOrp = orp): Promise<Response> {
    return fetch(`${server.baseUrl}/api/surveys/${ofOrp}/${key}/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Forwarded-For': ip },
      body: JSON.stringify(body),
    });
  }

  function answerBody(
    deviceToken: string,
    answers: Record<string, unknown> = { obec: 'dacice', potreba: 'ano' },
  ) {
    return { clientId: randomUUID(), deviceToken, channel: 'public', answers };
  }

  it('lets the coordinator write surveys through /db and nobody else', async () => {
    expect((await putSurvey(survey('pravo-zapisu'))).status).toBe(201);
    for (const actor of ['member', 'otherCoordinator', 'editor', undefined]) {
      const response = await putSurvey(
        survey(`cizi-${randomUUID().slice(0, 8)}`),
        actor ? who[actor] : undefined,
      );
      expect([401, 403]).toContain(response.status);
    }
  });

  it('keeps a published survey answerable: questions reworded yes, removed or re-kinded no', async () => {
    const created = await putSurvey(survey('zmeny'));
    expect(created.status).toBe(201);
    const base = survey('zmeny', { _rev: created.body.rev });
    const removed = await putSurvey({ ...base, questions: sampleSurvey().questions.slice(1) });
    expect(removed.status).toBe(403);
    expect(removed.body.reason).toContain('Otázku „obec“ nelze ze zveřejněné ankety odebrat');
    const rekinded = sampleSurvey().questions.map((q) =>
      q.id === 'poznamka' ? { ...q, kind: 'scale' } : q,
    );
    expect((await putSurvey({ ...base, questions: rekinded })).status).toBe(403);
    const reworded = sampleSurvey().questions.map((q) => ({ ...q, text: `${q.text} (nově)` }));
    expect((await putSurvey({ ...base, questions: reworded })).status).toBe(201);
  });

  it('lists open published surveys and serves their definitions to anyone; drafts stay hidden', async () => {
    expect((await putSurvey(survey('verejna'))).status).toBe(201);
    expect((await putSurvey(survey('koncept', { status: 'draft' }))).status).toBe(201);
    const list = (await (await fetch(`${server.baseUrl}/api/surveys/${orp}`)).json()) as {
      surveys: { key: string; title: string }[];
    };
    const keys = list.surveys.map((s) => s.key);
    expect(keys).toContain('verejna');
    expect(keys).not.toContain('koncept');
    const definition = await fetch(`${server.baseUrl}/api/surveys/${orp}/verejna`);
    expect(definition.status).toBe(200);
    const body = (await definition.json()) as { survey: Record<string, unknown> };
    expect(body.survey.key).toBe('verejna');
    expect(body.survey.createdBy).toBeUndefined();
    expect((await fetch(`${server.baseUrl}/api/surveys/${orp}/koncept`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/api/surveys/${orp}/zadna`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/api/surveys/neexistuje/zadna`)).status).toBe(404);
  });

  it('stores an anonymous answer once, without address, token or time of day, readable only by coordinators', async () => {
    expect((await putSurvey(survey('ulozeni'))).status).toBe(201);
    const ip = nextIp();
    const body = answerBody(await tokenFor(ip), {
      obec: 'dacice',
      potreba: 'ne',
      poznamka: ' Soukromý text ',
    });
    const first = await postAnswer(ip, 'ulozeni', body);
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: string };
    expect(id).toBe(`answer:ulozeni:${body.clientId}`);
    expect((await postAnswer(ip, 'ulozeni', body)).status).toBe(200);

    const path = `/${answersDb}/${encodeURIComponent(id)}`;
    const stored = (await (await asUser(server, who.coordinator, path)).json()) as Record<
      string,
      unknown
    >;
    expect(Object.keys(stored).sort()).toEqual([
      '_id',
      '_rev',
      'answers',
      'channel',
      'receivedOn',
      'survey',
      'type',
    ]);
    expect(stored.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stored.answers).toEqual({ obec: 'dacice', potreba: 'ne', poznamka: 'Soukromý text' });
    expect(JSON.stringify(stored)).not.toContain(ip);
    expect(JSON.stringify(stored)).not.toContain(body.deviceToken);

    for (const actor of [undefined, 'member', 'otherCoordinator', 'editor']) {
      const as = actor ? who[actor] : undefined;
      for (const read of [
        path,
        `/${answersDb}/_all_docs?include_docs=true`,
        `/${answersDb}/_changes?include_docs=true`,
        `/${surveysDb}/_all_docs`,
      ]) {
        expect([401, 403], `${actor ?? 'anonymous'} ${read}`).toContain(
          (await asUser(server, as, read)).status,
        );
      }
    }
    expect((await asUser(server, who.coordinator, `/${answersDb}/_all_docs`)).status).toBe(200);
    // Not even the coordinator writes answers through /db: only sync-server does.
    const forged = await putAs(server, who.coordinator, answersDb, {
      _id: `answer:ulozeni:${randomUUID()}`,
      type: 'survey-answer',
      survey: 'ulozeni',
      channel: 'public',
      answers: {},
      receivedOn: '2026-12-01',
    });
    expect(forged.status).toBe(403);
  });

  it('refuses an invalid answer with a reason naming the question, a bad token, a draft and a closed survey', async () => {
    expect((await putSurvey(survey('kontrola'))).status).toBe(201);
    const ip = nextIp();
    const deviceToken = await tokenFor(ip);
    const invalid = await postAnswer(
      ip,
      'kontrola',
      answerBody(deviceToken, { obec: 'dacice', potreba: ['ano', 'ne'] }),
    );
    expect(invalid.status).toBe(400);
    const reason = (await invalid.json()) as {
      reason: { cs: string; en: string };
      question: string;
    };
    expect(reason.reason).toEqual({
      cs: 'Otázka 3: vyberte nejvýše jednu možnost.',
      en: 'Question 3: choose at most one option.',
    });
    expect(reason.question).toBe('potreba');
    const wrongTown = await postAnswer(
      ip,
      'kontrola',
      answerBody(deviceToken, { obec: 'cesky-krumlov', potreba: 'ano' }),
    );
    expect(((await wrongTown.json()) as { reason: { cs: string } }).reason.cs).toBe(
      'Otázka 1: vyberte obec ze seznamu obcí ORP.',
    );

    const forgedToken = `${deviceToken.slice(0, -4)}AAAA`;
    const badToken = await postAnswer(ip, 'kontrola', answerBody(forgedToken));
    expect(badToken.status).toBe(400);
    expect(((await badToken.json()) as { reason: { en: string } }).reason.en).toContain(
      'device token is invalid',
    );

    const secondIp = nextIp();
    const secondToken = await tokenFor(secondIp);
    expect((await putSurvey(survey('navrh', { status: 'draft' }))).status).toBe(201);
    expect((await postAnswer(secondIp, 'navrh', answerBody(secondToken))).status).toBe(404);
    const published = await putSurvey(survey('uzavrena'));
    expect(
      (await putSurvey(survey('uzavrena', { _rev: published.body.rev, status: 'closed' }))).status,
    ).toBe(201);
    expect((await fetch(`${server.baseUrl}/api/surveys/${orp}/uzavrena`)).status).toBe(410);
    const closed = await postAnswer(secondIp, 'uzavrena', answerBody(secondToken));
    expect(closed.status).toBe(410);
    expect(((await closed.json()) as { reason: { cs: string } }).reason.cs).toContain('uzavřená');
  });

  it('limits answers per device token and per address, and tokens per address, with Retry-After', async () => {
    expect((await putSurvey(survey('limit'))).status).toBe(201);
    const ip = nextIp();
    const first = await tokenFor(ip);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await postAnswer(ip, 'limit', answerBody(first))).status);
    expect(statuses).toEqual([201, 201, 201, 429]); // three per device
    const second = await tokenFor(ip);
    const more: Response[] = [];
    for (let i = 0; i < 3; i++) more.push(await postAnswer(ip, 'limit', answerBody(second)));
    // Every request of the address counts (the refused fourth too): the fifth is the last.
    expect(more.map((r) => r.status)).toEqual([201, 429, 429]);
    const refused = more[1] as Response;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { reason: { cs: string } }).reason.cs).toContain(
      'Příliš mnoho odpovědí',
    );
    // Another address with the same token: the per-device limit still holds.
    expect((await postAnswer(nextIp(), 'limit', answerBody(first))).status).toBe(429);
    const third = await token(ip);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('serves the demo ORPs their published survey with a few hundred generated answers', async () => {
    for (const [demoOrp, key] of [
      ['dacice', 'potrebnost-nove-sluzby'],
      ['ckrumlov', 'anketa-obyvatele'],
    ]) {
      const list = (await (await fetch(`${server.baseUrl}/api/surveys/${demoOrp}`)).json()) as {
        surveys: { key: string }[];
      };
      expect(list.surveys.map((s) => s.key)).toContain(key);
      const page = (await (
        await adminFetch(
          server,
          `/orp-${demoOrp}-survey-answers/_all_docs?startkey="answer:${key}:demo-"&endkey="answer:${key}:demo-\ufff0"`,
        )
      ).json()) as { rows: unknown[] };
      expect(page.rows.length).toBe(300);
    }
  });
});
