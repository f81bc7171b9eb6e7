/**
 * Who may do what: the one table of the API's rights. A person has a role on a survey (or on every survey, `*`); a
 * survey's read token is a dashboard's; the admin token does everything. Each root operation of the schema names
 * what it needs, and `access.test.ts` checks the table against the schema (an operation without an entry fails) and
 * against what each role is let do.
 */
export type Role = 'owner' | 'editor' | 'analyst' | 'viewer';

/** What a right on a survey allows. */
export type Capability =
  /** Its figures: NPS, themes counted, the survey's settings read. */
  | 'reports'
  /** Its answers one by one: comments, customer ids, attributes. */
  | 'comments'
  /** The detractors to follow up, and recording a follow-up. */
  | 'followUps'
  /** Changing its settings and texts. */
  | 'settings'
  | 'tokens'
  | 'webhooks'
  /** A respondent's data: access and erasure. */
  | 'erasure'
  | 'import'
  /** Signed links and email snippets that ask the survey's question (the key that signs them is `tokens`'). */
  | 'links'
  | 'people'
  | 'delete';

export const ROLES: Readonly<Record<Role, readonly Capability[]>> = {
  owner: [
    'reports',
    'comments',
    'followUps',
    'settings',
    'tokens',
    'webhooks',
    'erasure',
    'import',
    'links',
    'people',
    'delete',
  ],
  editor: ['reports', 'settings', 'links'],
  analyst: ['reports', 'comments', 'followUps'],
  viewer: ['reports'],
};

/** A survey's read token: what its dashboard needs, as before people had roles. */
export const READ_TOKEN: readonly Capability[] = ['reports', 'comments', 'followUps', 'webhooks', 'erasure'];

/**
 * What each root operation needs: `public` (anyone, the widget's paths), `signedIn` (any valid token or session: it
 * answers with what the caller may see), `person` (a person signed in), `global` (the admin token, or an owner of
 * every survey: what is not one survey's), or a capability on the survey it names.
 */
export type Rule = 'public' | 'signedIn' | 'person' | 'global' | Capability;

export const OPERATIONS = {
  // Queries
  health: 'public',
  me: 'public',
  surveyConfig: 'public',
  surveys: 'signedIn',
  survey: 'reports',
  nps: 'reports',
  themes: 'reports',
  followUpReasons: 'reports',
  responses: 'comments',
  followUpQueue: 'followUps',
  readTokens: 'tokens',
  webhooks: 'webhooks',
  webhookDeliveries: 'webhooks',
  respondentData: 'erasure',
  members: 'people',
  invitations: 'people',
  invitation: 'public',
  auditLog: 'people',
  retentionStatus: 'global',
  surveyLinks: 'links',
  // Mutations
  submitResponse: 'public',
  setUpFirstOwner: 'public',
  signIn: 'public',
  signOut: 'public',
  changePassword: 'person',
  acceptInvitation: 'public',
  inviteMember: 'people',
  revokeInvitation: 'people',
  setMemberRole: 'people',
  createSurvey: 'global',
  updateSurvey: 'settings',
  deleteSurvey: 'delete',
  createReadToken: 'tokens',
  revokeReadToken: 'tokens',
  recordFollowUp: 'followUps',
  correctTheme: 'comments',
  correctCustomTheme: 'comments',
  eraseRespondent: 'erasure',
  eraseResponse: 'erasure',
  importResponses: 'import',
  createWebhook: 'webhooks',
  updateWebhook: 'webhooks',
  deleteWebhook: 'webhooks',
  rotateWebhookSecret: 'webhooks',
  redeliverWebhook: 'webhooks',
  testWebhook: 'webhooks',
  rebuildNpsAggregates: 'global',
  reclassifyComments: 'global',
  runRetentionPurge: 'global',
  rotateSurveyLinkKey: 'tokens',
} as const satisfies Record<string, Rule>;

export type Operation = keyof typeof OPERATIONS;
