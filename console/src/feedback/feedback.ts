/**
 * The citizen feedback page (/gop-y#<token>): no framework, a few kB. The
 * one-time token travels in the fragment (never in a server log or a
 * Referer) and is cleared from the address bar at once; nothing is written
 * to cookies or storage. Answers map one to one to submitFeedback, sent by
 * its persisted-document hash.
 */
import { SubmitFeedbackDocument } from '../gql/graphql';
import { FEEDBACK_LANGUAGES, FEEDBACK_MESSAGES, type FeedbackLang } from './messages';
import './feedback.css';

const EXIT_URL = 'https://www.google.com/search?q=th%E1%BB%9Di+ti%E1%BA%BFt';
const HASH = (SubmitFeedbackDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
const QUESTIONS = ['lawyerReachable', 'outcomeExplained', 'paymentRequested'] as const;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('form');
const message = $<HTMLDivElement>('message');

function readToken(): string | null {
  const raw = location.hash.slice(1);
  const token = raw.startsWith('token=') ? new URLSearchParams(raw).get('token') : decodeURIComponent(raw);
  history.replaceState(null, '', location.pathname + location.search);
  return token && /^[A-Za-z0-9_-]{16,200}$/.test(token) ? token : null;
}

const token = readToken();
const params = new URLSearchParams(location.search);
let lang: FeedbackLang = (Object.keys(FEEDBACK_LANGUAGES) as FeedbackLang[]).find((l) => l === params.get('hl')) ?? 'vi';
let shown: string | null = null;
const m = (key: string) => FEEDBACK_MESSAGES[lang][key] ?? FEEDBACK_MESSAGES.vi[key];

function radio(name: string, value: string, key: string, id: string, extra = ''): string {
  return `<div class="fb-radio"><input type="radio" name="${name}" id="${id}" value="${value}"><label for="${id}">${extra}<span data-t="${key}"></span></label></div>`;
}

/** A face drawn inline (no emoji font needed on the phone): the mouth curves from frown (1) to smile (5). */
const face = (n: number) =>
  `<svg class="fb-face" aria-hidden="true" viewBox="0 0 24 24" width="28" height="28"><circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="1.6"/><circle cx="8.5" cy="9.5" r="1.3"/><circle cx="15.5" cy="9.5" r="1.3"/><path d="M7 16 Q12 ${16 + (n - 3) * 2.5} 17 16" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg> `;
$('ratings').innerHTML = [1, 2, 3, 4, 5].map((n) => radio('rating', String(n), `r${n}`, `rating-${n}`, face(n))).join('');
for (const q of QUESTIONS) {
  const box = document.querySelector<HTMLElement>(`[data-question="${q}"]`)!;
  box.innerHTML = [radio(q, 'true', 'yes', `${q}-yes`), radio(q, 'false', 'no', `${q}-no`), radio(q, '', 'unknown', `${q}-unknown`)].join('');
}

function render(): void {
  document.documentElement.lang = lang;
  document.title = m('title');
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = m(el.dataset.t!);
  $('languages').innerHTML = (Object.entries(FEEDBACK_LANGUAGES) as [FeedbackLang, { name: string }][])
    .map(([code, l]) => `<a href="?hl=${code}" lang="${code}" hreflang="${code}" data-lang="${code}"${code === lang ? ' aria-current="true"' : ''}>${l.name}</a>`)
    .join('');
  if (shown) message.textContent = m(shown);
}

function show(key: string | null, keepForm = false): void {
  shown = key;
  message.hidden = !key;
  if (key) message.textContent = m(key);
  form.hidden = !!key && !keepForm;
  if (key) message.focus();
}

$('languages').addEventListener('click', (e) => {
  const a = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-lang]');
  if (!a) return;
  e.preventDefault();
  lang = a.dataset.lang as FeedbackLang;
  history.replaceState(null, '', `?hl=${lang}`);
  render();
});

const exit = () => location.replace(EXIT_URL);
$('exit').addEventListener('click', exit);
let shifts: number[] = [];
document.addEventListener('keyup', (e) => {
  if (e.key !== 'Shift') return;
  const now = Date.now();
  shifts = [...shifts.filter((t) => now - t < 1500), now];
  if (shifts.length >= 3) exit();
});

const want = $<HTMLInputElement>('want-complaint');
want.addEventListener('change', () => {
  $('complaint-box').hidden = !want.checked;
  want.setAttribute('aria-expanded', String(want.checked));
});

const answer = (name: string): boolean | null => {
  const v = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  return v === 'true' ? true : v === 'false' ? false : null;
};
const text = (id: string) => $<HTMLTextAreaElement>(id).value.trim().normalize('NFC') || undefined;

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const rating = Number(form.querySelector<HTMLInputElement>('input[name="rating"]:checked')?.value ?? 0);
  $('rating-error').hidden = rating > 0;
  $('rating-group').classList.toggle('fb-invalid', rating === 0);
  if (!rating) {
    $<HTMLInputElement>('rating-1').focus();
    return;
  }
  const send = $<HTMLButtonElement>('send');
  send.disabled = true;
  send.textContent = m('sending');
  const input = {
    token,
    rating,
    answers: { lawyerReachable: answer('lawyerReachable'), outcomeExplained: answer('outcomeExplained'), paymentRequested: answer('paymentRequested') },
    comment: text('comment'),
    complaint: want.checked ? text('complaint') : undefined,
    language: FEEDBACK_LANGUAGES[lang].code,
  };
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ variables: { input }, extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    const body = (await res.json()) as { data?: { submitFeedback?: { complaintFiled: boolean } }; errors?: { extensions?: { reason?: string } }[] };
    const result = body.data?.submitFeedback;
    if (result) {
      show(null);
      form.hidden = true;
      message.hidden = false;
      shown = result.complaintFiled ? 'complaintFiled' : 'thanks';
      message.textContent = result.complaintFiled ? `${m('thanks')} ${m('complaintFiled')}` : m('thanks');
      message.dataset.result = shown;
      message.focus();
      return;
    }
    const reason = body.errors?.[0]?.extensions?.reason;
    show(reason === 'TOKEN_USED' ? 'used' : reason === 'TOKEN_EXPIRED' ? 'expired' : reason === 'TOKEN_INVALID' || reason === 'VALIDATION_FAILED' ? 'invalid' : 'network', !reason);
    message.dataset.result = reason ?? 'network';
  } catch {
    show('network', true);
    message.dataset.result = 'network';
  } finally {
    send.disabled = false;
    send.textContent = message.dataset.result === 'network' ? m('retry') : m('send');
  }
});

message.tabIndex = -1;
render();
if (token) form.hidden = false;
else {
  show('invalid');
  message.dataset.result = 'TOKEN_INVALID';
}
