import type { TestApp } from '../../../test/app.js';
import { listCompletionRecords } from '../attendance/index.js';
import { marksFor, registerFixture, type RegisterFixture } from '../attendance/attendance.test-kit.js';

export interface CompletedFixture extends RegisterFixture {
  /** Completion record id by participant name. */
  readonly records: Readonly<Record<string, string>>;
}

/**
 * A past session of a 16-hour course worth 2 ECTS and 12 UFC, whose `names` all attended every day and
 * completed it: the register is closed, so each has a completion record (and no credential yet).
 */
export async function completedFixture(t: TestApp, names: readonly string[]): Promise<CompletedFixture> {
  const fixture = await registerFixture(t, {
    names,
    started: true,
    course: {
      topics: ['radicalisation'],
      instruments: ['32008F0909', '32016L0343'],
      credits: [
        { system: 'ECTS', amount: 2, awardingBody: 'Università degli Studi di Trento' },
        { system: 'UFC', amount: 12, awardingBody: 'Scuola Superiore della Magistratura' },
      ],
    },
  });
  const closed = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/sessions/${fixture.sessionId}/attendance`,
    headers: fixture.manager,
    payload: {
      marks: fixture.participants.flatMap((participant) => marksFor(participant.applicationId, 5)),
      close: true,
    },
  });
  if (closed.statusCode !== 200) throw new Error(`register not closed: ${closed.body}`);
  const records = await listCompletionRecords(t.deps.db, { sessionId: fixture.sessionId });
  const byName: Record<string, string> = {};
  for (const participant of fixture.participants) {
    const record = records.find((candidate) => candidate.userId === participant.userId);
    if (!record) throw new Error(`no completion record for ${participant.name}`);
    byName[participant.name] = record.id;
  }
  return { ...fixture, records: byName };
}
