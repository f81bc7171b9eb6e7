import { type HydratedDocumentFromSchema, type InferSchemaType, Schema } from 'mongoose';

/**
 * A survey-scoped read token. The secret is never stored, only its SHA-256; the `_id` is the token's public part,
 * so checking a token is one exact `_id` lookup.
 */
export const tokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    survey: { type: Schema.Types.ObjectId, required: true, immutable: true },
    label: { type: String, required: true, trim: true, minlength: 1, maxlength: 100 },
    secretSha256: { type: String, required: true, immutable: true },
    revokedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, strict: 'throw', versionKey: false },
);

tokenSchema.index({ survey: 1 });

export type Token = InferSchemaType<typeof tokenSchema>;
export type TokenDoc = HydratedDocumentFromSchema<typeof tokenSchema>;
