import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type Model } from 'mongoose';
import { MONGO } from '@legalaid/infra';

/**
 * Who the actor ids in timelines and logs are: one small document per user
 * who signed in (their display name from the token, role, organisation),
 * read by `_id`. Staff names are the network's own professional data, never
 * an applicant's; nothing here is an aggregate or raises events.
 */
export interface DirectoryUser {
  _id: string;
  displayName: string;
  role: string;
  organisationId: string | null;
  seenAt: Date;
}

const UserSchema = new Schema<DirectoryUser>(
  { _id: String, displayName: String, role: String, organisationId: String, seenAt: Date },
  { collection: 'user_directory', versionKey: false },
);

@Injectable()
export class UserDirectoryRepository {
  private readonly model: Model<DirectoryUser>;

  constructor(@Inject(MONGO) conn: Connection) {
    this.model = (conn.models.DirectoryUser as Model<DirectoryUser>) ?? conn.model<DirectoryUser>('DirectoryUser', UserSchema);
  }

  async note(user: DirectoryUser): Promise<void> {
    const { _id, ...rest } = user;
    await this.model.updateOne({ _id }, { $set: rest }, { upsert: true });
  }

  async get(id: string): Promise<DirectoryUser | null> {
    return this.model.findById(id).lean<DirectoryUser>();
  }
}
