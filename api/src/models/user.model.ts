import { type InferSchemaType, Schema } from 'mongoose';

/**
 * A person who signs in to the console: an email address and an argon2id hash of their password
 * (`auth/passwords.ts`), never the password. Every account is an owner of every survey, until roles per survey.
 */
export const userSchema = new Schema(
  {
    _id: { type: String, required: true },
    email: {
      type: String,
      required: true,
      unique: true,
      trim: true,
      lowercase: true,
      maxlength: 254,
      match: [/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'is not an email address'],
    },
    passwordHash: { type: String, required: true },
    /** Sessions begun before it are ended: a changed password signs the other browsers out. */
    passwordChangedAt: { type: Date, required: true },
  },
  { timestamps: true, strict: 'throw', versionKey: false },
);

export type User = InferSchemaType<typeof userSchema>;
