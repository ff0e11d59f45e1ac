import { z } from 'zod';
import { NotificationKindSchema, type NotificationKind } from '@legalaid/contracts';

/**
 * Message templates are data (each service's `notification-templates.json`),
 * checked when the service starts: every kind it sends has Vietnamese and
 * English text, and every `{{placeholder}}` is a declared parameter. A
 * minority-language text (Khmer, H'Mông, Ê Đê…) sits beside them under its
 * ISO 639-3 code. The file declares its minority languages
 * (`minorityLanguages`, each with its review state): a declared language
 * has a text for every template, and no text is in an undeclared one. A
 * recipient whose language has no text receives the Vietnamese.
 */
const TextSchema = z
  .object({
    subject: z.string().min(1).max(200),
    body: z.string().min(1).max(4000),
    /** SMS and Zalo text: short, no formatting. */
    short: z.string().min(1).max(480),
  })
  .strict();
export type TemplateText = z.infer<typeof TextSchema>;

const TemplateSchema = z
  .object({
    params: z.array(z.string().regex(/^[a-zA-Z]+$/)).max(30),
    /** The approved ZNS template id at Zalo; its template_data are the same parameters. */
    zaloTemplateId: z.string().regex(/^\d{1,20}$/).optional(),
    vi: TextSchema,
    en: TextSchema,
    minority: z.record(z.string().regex(/^[a-z]{3}$/, 'minority texts are keyed by ISO 639-3 codes'), TextSchema).default({}),
  })
  .strict();
export type Template = z.infer<typeof TemplateSchema>;

const LanguageCode = z.string().regex(/^[a-z]{3}$/, 'minority languages are ISO 639-3 codes');

/** A minority language the file offers, and whether a native speaker has reviewed its texts. */
const MinorityLanguageSchema = z
  .object({
    /** The language's name, written in it (and in English). */
    name: z.string().min(1).max(100),
    /** AWAITING_NATIVE_SPEAKER: drafted, not yet read by a native speaker (send them, but have them reviewed before relying on them). */
    review: z.enum(['AWAITING_NATIVE_SPEAKER', 'REVIEWED']),
    note: z.string().max(1000).optional(),
  })
  .strict();

export const TemplateFileSchema = z
  .object({
    format: z.literal('legalaid.notification-templates/v1'),
    description: z.string().optional(),
    minorityLanguages: z.record(LanguageCode, MinorityLanguageSchema).default({}),
    templates: z.partialRecord(NotificationKindSchema, TemplateSchema),
  })
  .strict();

export type Templates = Partial<Record<NotificationKind, Template>>;

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** Parses and checks a template file; `kinds` are those the service sends (each must be present). */
export function loadTemplates(raw: unknown, kinds: readonly NotificationKind[]): Templates {
  const parsed = TemplateFileSchema.safeParse(raw);
  if (!parsed.success) throw new TemplateError(`notification templates are invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const templates = parsed.data.templates as Templates;
  const declared = Object.keys(parsed.data.minorityLanguages);
  const problems: string[] = [];
  for (const kind of kinds) if (!templates[kind]) problems.push(`${kind}: missing`);
  for (const [kind, t] of Object.entries(templates) as [NotificationKind, Template][]) {
    for (const lang of declared) if (!t.minority[lang]) problems.push(`${kind}: no ${lang} text, though the file declares ${lang}`);
    for (const lang of Object.keys(t.minority)) if (!declared.includes(lang)) problems.push(`${kind}: a ${lang} text, but ${lang} is not among minorityLanguages`);
    const params = new Set(t.params);
    const texts: [string, TemplateText][] = [['vi', t.vi], ['en', t.en], ...Object.entries(t.minority)];
    for (const [lang, text] of texts) {
      for (const field of ['subject', 'body', 'short'] as const) {
        for (const m of text[field].matchAll(PLACEHOLDER)) if (!params.has(m[1])) problems.push(`${kind}.${lang}.${field}: {{${m[1]}}} is not a declared parameter`);
      }
    }
  }
  if (problems.length) throw new TemplateError(`notification templates are invalid: ${problems.join('; ')}`);
  return templates;
}

export interface RenderedMessage {
  kind: NotificationKind;
  /** ISO 639-3 code of the text actually used. */
  language: string;
  subject: string;
  body: string;
  short: string;
  zalo: { templateId: string; data: Record<string, string> } | null;
}

/** The text for a language: English for `eng`, the minority text when there is one, else Vietnamese. */
function textFor(t: Template, language: string): { text: TemplateText; language: string } {
  if (language === 'eng') return { text: t.en, language: 'eng' };
  const minority = t.minority[language];
  return minority ? { text: minority, language } : { text: t.vi, language: 'vie' };
}

export function renderMessage(templates: Templates, kind: NotificationKind, language: string, params: Record<string, string>): RenderedMessage {
  const t = templates[kind];
  if (!t) throw new TemplateError(`no template for ${kind}`);
  const missing = t.params.filter((p) => params[p] === undefined);
  if (missing.length) throw new TemplateError(`${kind}: missing parameters ${missing.join(', ')}`);
  const chosen = textFor(t, language);
  const fill = (s: string) => s.replace(PLACEHOLDER, (_, name: string) => params[name]);
  const data = Object.fromEntries(t.params.map((p) => [p, params[p]]));
  return {
    kind,
    language: chosen.language,
    subject: fill(chosen.text.subject),
    body: fill(chosen.text.body),
    short: fill(chosen.text.short),
    zalo: t.zaloTemplateId ? { templateId: t.zaloTemplateId, data } : null,
  };
}

/** BCP 47 tag for a console link's `hl` (ISO 639-3 where no two-letter code exists). */
export function consoleLanguageTag(iso6393: string): string {
  return ({ vie: 'vi', eng: 'en', khm: 'km', zho: 'zh', fra: 'fr' } as Record<string, string>)[iso6393] ?? iso6393;
}

/** An instant as people in Viet Nam read it: `HH:MM DD/MM/YYYY`, Viet Nam time. */
export function vnDateTime(at: Date): string {
  const v = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  return `${v.slice(11, 16)} ${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
}
