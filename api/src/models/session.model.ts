import { type InferSchemaType, Schema } from 'mongoose';

/**
 * A console session of a person (`users`), carried by an `HttpOnly` cookie. As with read tokens, only the secret's
 * SHA-256 is stored and the `_id` is the token's public part, so checking one is one `_id` lookup on any instance;
 * deleting it signs that browser out everywhere at once.
 */
export const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    user: { type: String, required: true, immutable: true },
    secretSha256: { type: String, required: true, immutable: true },
    /** Absolute end, whatever the use. */
    expiresAt: { type: Date, required: true },
    /** Last request, to the minute: a session unused for the idle time ends. */
    lastSeenAt: { type: Date, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, strict: 'throw', versionKey: false },
);
sessionSchema.index({ user: 1 });

/**
 * A one-time setup code, printed for the operator of a database with no account yet: `_id` is its SHA-256, so the
 * database never holds a code that works. Using it deletes it, which only one request can do.
 */
export const setupCodeSchema = new Schema(
  {
    _id: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'setup_codes' },
);

export type Session = InferSchemaType<typeof sessionSchema>;
export type SetupCode = InferSchemaType<typeof setupCodeSchema>;
