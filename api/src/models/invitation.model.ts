import { type InferSchemaType, Schema } from 'mongoose';

/**
 * An invitation to a survey with a role, for an email address: given as a link (we send no mail) whose code is
 * `<_id>.<secret>`, of which only the secret's SHA-256 is stored. It works once, within 7 days: accepting or revoking
 * it deletes it, which only one request can do, on any instance.
 */
export const invitationSchema = new Schema(
  {
    _id: { type: String, required: true },
    secretSha256: { type: String, required: true, immutable: true },
    email: {
      type: String,
      required: true,
      trim: true,
      lowercase: true,
      maxlength: 254,
      match: [/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'is not an email address'],
    },
    survey: { type: String, required: true, immutable: true },
    role: { type: String, required: true, enum: ['owner', 'editor', 'analyst', 'viewer'] },
    invitedBy: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, strict: 'throw', versionKey: false },
);
invitationSchema.index({ survey: 1 });

export type Invitation = InferSchemaType<typeof invitationSchema>;
