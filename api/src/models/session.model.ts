import { type InferSchemaType, Schema } from 'mongoose';

/**
 * A console session: the admin's rights for one browser. As with read tokens, only the secret's SHA-256 is stored
 * and the `_id` is the token's public part, so checking one is one `_id` lookup on any instance.
 */
export const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    secretSha256: { type: String, required: true, immutable: true },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, strict: 'throw', versionKey: false },
);

/**
 * A one-time sign-in code, printed for the operator: `_id` is its SHA-256, so the database never holds a code that
 * works. Exchanging it deletes it, which only one request can do.
 */
export const signInCodeSchema = new Schema(
  {
    _id: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false, collection: 'sign_in_codes' },
);

export type Session = InferSchemaType<typeof sessionSchema>;
export type SignInCode = InferSchemaType<typeof signInCodeSchema>;
