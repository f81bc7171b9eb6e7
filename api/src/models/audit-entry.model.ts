import { type InferSchemaType, Schema } from 'mongoose';

/** What the audit log records. */
export const AUDIT_ACTIONS = [
  'SETTINGS_CHANGED',
  'TOKEN_CREATED',
  'TOKEN_REVOKED',
  'WEBHOOK_CREATED',
  'WEBHOOK_CHANGED',
  'WEBHOOK_DELETED',
  'MEMBER_INVITED',
  'INVITATION_REVOKED',
  'MEMBER_JOINED',
  'ROLE_CHANGED',
  'RESPONDENT_ERASED',
  'RESPONSE_ERASED',
  'RESPONSES_IMPORTED',
  'LINK_KEY_ROTATED',
] as const;

/**
 * One change to a survey, for its audit log: when, by whom (`user:<id>`, `admin`, or a read token's id), what, and
 * a few words of it (the fields changed, a token's name, an address invited); never a respondent's data. Kept as
 * long as the survey.
 */
export const auditEntrySchema = new Schema(
  {
    _id: { type: String, required: true },
    survey: { type: String, required: true, immutable: true },
    at: { type: Date, required: true },
    by: { type: String, required: true },
    action: { type: String, required: true, enum: AUDIT_ACTIONS },
    detail: { type: String, default: null, maxlength: 500 },
  },
  { strict: 'throw', versionKey: false, collection: 'audit_log' },
);
auditEntrySchema.index({ survey: 1, at: -1 });

export type AuditEntry = InferSchemaType<typeof auditEntrySchema>;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
