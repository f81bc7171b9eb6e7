import { type InferSchemaType, Schema } from 'mongoose';

/**
 * A person's role on one survey, or on every survey (`survey: '*'`): `_id` is `<user>:<survey>`, so a person has at
 * most one role per survey and a change is one write (`auth/access.ts` says what each role may do).
 */
export const membershipSchema = new Schema(
  {
    _id: { type: String, required: true },
    user: { type: String, required: true, immutable: true },
    survey: { type: String, required: true, immutable: true },
    role: { type: String, required: true, enum: ['owner', 'editor', 'analyst', 'viewer'] },
  },
  { timestamps: true, strict: 'throw', versionKey: false },
);
membershipSchema.index({ user: 1 });
membershipSchema.index({ survey: 1 });

export type Membership = InferSchemaType<typeof membershipSchema>;
