import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { act, applied, codeOf, learnerOf, openSession } from './applications.test-kit.js';

describe('capacity under concurrent decisions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('accepts exactly 10 of 50 applications accepted at once for 10 places', async () => {
    const session = await openSession(t, { capacity: 10, selectionDeadline: '2027-02-01T00:00:00Z' });
    const ids: string[] = [];
    for (let i = 0; i < 50; i += 1)
      ids.push(await applied(t, (await learnerOf(t)).headers, session.sessionId));

    const responses = await Promise.all(ids.map((id) => act(t, session.manager, id, 'accept')));

    expect(responses.filter((response) => response.statusCode === 200)).toHaveLength(10);
    const refused = responses.filter((response) => response.statusCode !== 200);
    expect(refused).toHaveLength(40);
    expect(new Set(refused.map(codeOf))).toEqual(new Set(['capacity-full']));
    const accepted = await t.deps.db
      .selectFrom('application')
      .select('id')
      .where('session_id', '=', session.sessionId)
      .where('status', '=', 'accepted')
      .execute();
    expect(accepted).toHaveLength(10);
  }, 60_000);

  it('takes one application of a person who sends the same one twice at once', async () => {
    const session = await openSession(t, { capacity: 10 });
    const learner = await learnerOf(t);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/sessions/${session.sessionId}/applications`,
          headers: learner.headers,
          payload: { motivation: 'Twice.', consentShare: true },
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
  });
});
