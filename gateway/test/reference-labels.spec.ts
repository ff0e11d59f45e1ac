import { describe, expect, it } from '@jest/globals';
import { EVENT_TYPE_LABELS, EVENTS } from '@legalaid/contracts';
import { buildSchema } from '../src/schema.js';
import { enumLabels, eventTypeTerms } from '../src/modules/identity.graphql.js';

/**
 * referenceData's labels are complete: every value of every enum the schema
 * has (so a new enum value without a label fails here), and every event type
 * of the registry, each in Vietnamese and English.
 */
describe('reference data labels', () => {
  const schema = buildSchema();

  it('labels every value of every enum of the schema in Vietnamese and English', () => {
    const all = enumLabels(schema);
    expect(all.length).toBeGreaterThan(40);
    const missing = all.flatMap((e) => e.values.filter((v) => !v.vi || !v.en).map((v) => `${e.enum}.${v.code}`));
    expect(missing).toEqual([]);
  });

  it('takes an enum’s own labels before the shared ones', () => {
    const of = (name: string, code: string) => enumLabels(schema, name)[0].values.find((v) => v.code === code);
    expect(of('OfferStatus', 'ACCEPTED')).toEqual({ code: 'ACCEPTED', vi: 'Đã nhận', en: 'Accepted' });
    expect(of('RequestStatus', 'ACCEPTED')).toEqual({ code: 'ACCEPTED', vi: 'Đã thụ lý', en: 'Accepted' });
    expect(of('Channel', 'HOTLINE')?.vi).toMatch(/đường dây nóng|tổng đài/i);
    expect(enumLabels(schema, 'NoSuchEnum')).toEqual([]);
  });

  it('labels every event type of the registry', () => {
    expect(EVENTS.filter((e) => !EVENT_TYPE_LABELS[e.type]).map((e) => e.type)).toEqual([]);
    expect(eventTypeTerms()).toHaveLength(EVENTS.length);
    expect(eventTypeTerms().find((t) => t.code === 'cases.case.deadline-breached')).toEqual({ code: 'cases.case.deadline-breached', vi: 'Vi phạm thời hạn', en: 'Deadline breached' });
  });
});
