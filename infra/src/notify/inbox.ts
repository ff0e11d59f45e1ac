import { Schema, type Connection, type Model } from 'mongoose';
import type { InboxNotification, NotificationKind } from '@legalaid/contracts';
import type { ChannelAdapter, OutgoingMessage } from './channels.js';

/**
 * The console's inbox: one document per in-app delivery (its id is the
 * delivery's, so a resend writes the same document), with read state,
 * readable by the recipient. `recipientKey` names who sees it:
 * `provider:<id>`, `org:<id>` (its admins or the centre's staff) or
 * `role:SUPERVISOR`. Text here never holds an applicant's personal data
 * (the service keeping the inbox has none).
 */
interface InboxDoc {
  _id: string;
  recipientKey: string;
  kind: NotificationKind;
  subject: string;
  body: string;
  requestId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

const InboxSchema = new Schema<InboxDoc>(
  {
    _id: String,
    recipientKey: String,
    kind: String,
    subject: String,
    body: String,
    requestId: { type: String, default: null },
    createdAt: Date,
    readAt: { type: Date, default: null },
  },
  { collection: 'inbox_notifications', versionKey: false, minimize: false },
);
// A recipient's inbox, newest first (equality on the key, then the order).
InboxSchema.index({ recipientKey: 1, createdAt: -1 });

function view(d: InboxDoc): InboxNotification {
  return { id: d._id, kind: d.kind, subject: d.subject, body: d.body, requestId: d.requestId, createdAt: new Date(d.createdAt).toISOString(), readAt: d.readAt ? new Date(d.readAt).toISOString() : null };
}

export class InboxStore implements ChannelAdapter {
  readonly describe = 'console inbox';
  private readonly model: Model<InboxDoc>;
  constructor(conn: Connection, private readonly clock: () => Date = () => new Date()) {
    this.model = (conn.models.InboxNotification as Model<InboxDoc>) ?? conn.model<InboxDoc>('InboxNotification', InboxSchema);
  }

  async send(m: OutgoingMessage): Promise<void> {
    await this.model.updateOne(
      { _id: m.deliveryId },
      { $setOnInsert: { recipientKey: m.to, kind: m.message.kind, subject: m.message.subject, body: m.message.body, requestId: m.requestId, createdAt: this.clock(), readAt: null } },
      { upsert: true },
    );
  }

  async list(keys: readonly string[], unreadOnly: boolean, first: number): Promise<{ items: InboxNotification[]; unread: number }> {
    const items: InboxDoc[] = [];
    let unread = 0;
    for (const recipientKey of keys) {
      const docs = await this.model.find({ recipientKey }).sort({ createdAt: -1 }).limit(200).lean<InboxDoc[]>();
      unread += docs.filter((d) => !d.readAt).length;
      items.push(...docs.filter((d) => !unreadOnly || !d.readAt));
    }
    items.sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime());
    return { items: items.slice(0, first).map(view), unread };
  }

  /** The notification if one of `keys` may see it, else null. */
  async get(id: string, keys: readonly string[]): Promise<InboxNotification | null> {
    const d = await this.model.findById(id).lean<InboxDoc>();
    return d && keys.includes(d.recipientKey) ? view(d) : null;
  }

  async markRead(id: string, keys: readonly string[]): Promise<InboxNotification | null> {
    const d = await this.model.findById(id).lean<InboxDoc>();
    if (!d || !keys.includes(d.recipientKey)) return null;
    if (!d.readAt) await this.model.updateOne({ _id: id, readAt: null }, { $set: { readAt: this.clock() } });
    return this.get(id, keys);
  }
}
