export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, as an ISO 8601 string in UTC, e.g. `2026-11-24T09:30:00.000Z`. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value. Where an argument takes it, the field's description says what is accepted. */
  JSON: { input: unknown; output: unknown; }
};

/** A person who signs in to the console. */
export type Account = {
  __typename?: 'Account';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** A change recorded in a survey's audit log. */
export type AuditAction =
  | 'INVITATION_REVOKED'
  | 'LINK_KEY_ROTATED'
  | 'MEMBER_INVITED'
  | 'MEMBER_JOINED'
  | 'RESPONDENT_ERASED'
  | 'RESPONSES_IMPORTED'
  | 'RESPONSE_ERASED'
  | 'ROLE_CHANGED'
  | 'SETTINGS_CHANGED'
  | 'TOKEN_CREATED'
  | 'TOKEN_REVOKED'
  | 'WEBHOOK_CHANGED'
  | 'WEBHOOK_CREATED'
  | 'WEBHOOK_DELETED';

/** Who changed what on a survey, and when; never a respondent's data. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  at: Scalars['DateTime']['output'];
  /** A person's email address, `admin` (the admin token), or a read token's name. */
  by: Scalars['String']['output'];
  /** A few words of it: the fields changed, a token's name, an address and role, a number of answers. */
  detail: Maybe<Scalars['String']['output']>;
};

/** Where an answer was given. */
export type Channel =
  /** A score link of an email (`surveyLinks`). */
  | 'EMAIL'
  /** The hosted survey page, reached by a link (SMS, chat, a QR code). */
  | 'LINK'
  /** The widget on the survey's site. */
  | 'WIDGET';

export type CreateReadTokenPayload = {
  __typename?: 'CreateReadTokenPayload';
  readToken: ReadToken;
  /** The secret, shown this once: only its hash is stored. */
  token: Scalars['String']['output'];
};

export type CreateSurveyInput = {
  /** Defaults to true. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  allowedOrigins: Array<Scalars['String']['input']>;
  brand: Scalars['String']['input'];
  /** Defaults to the first of `languages`. */
  defaultLanguage?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to 0; 0 to 600. */
  delaySeconds?: InputMaybe<Scalars['Int']['input']>;
  languages: Array<Scalars['String']['input']>;
  markets: Array<Scalars['String']['input']>;
  /** Defaults to 30; 1 to 1000. */
  minResponses?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Use `texts`. */
  questionOverrides?: InputMaybe<Array<QuestionOverrideInput>>;
  /** Defaults to 90. */
  recontactDays?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 36500; unset: kept. */
  retentionDays?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to 1. */
  sampleRate?: InputMaybe<Scalars['Float']['input']>;
  texts?: InputMaybe<Array<SurveyTextInput>>;
};

export type CreateWebhookInput = {
  /** At least one. */
  events: Array<WebhookEvent>;
  filter?: InputMaybe<WebhookFilterInput>;
  /** Defaults to JSON. */
  format?: InputMaybe<WebhookFormat>;
  overdueHours?: InputMaybe<Scalars['Int']['input']>;
  surveyId: Scalars['ID']['input'];
  url: Scalars['String']['input'];
};

export type CreatedInvitation = {
  __typename?: 'CreatedInvitation';
  /** The code of the link to give the person (we send no mail), `…/console#invite=<code>`: shown this once. */
  code: Scalars['String']['output'];
  invitation: Invitation;
};

/**
 * A comment theme of the survey's own, besides the built-in five (`APP`, `CHECKOUT`, `PARKING`): found in a comment
 * by its cue words in the answer's language, and counted like the built-in themes (`ThemeSegment.customThemes`).
 */
export type CustomTheme = {
  __typename?: 'CustomTheme';
  /** 2 to 24 capital letters, digits or `_`, starting with a letter; not a built-in theme's name. */
  code: Scalars['String']['output'];
  /** Its name and cue words per survey language: a name in the survey's default language at least. */
  texts: Array<CustomThemeText>;
};

/** A person's word on one of the survey's own themes of a comment (`correctCustomTheme`). */
export type CustomThemeCorrection = {
  __typename?: 'CustomThemeCorrection';
  at: Scalars['DateTime']['output'];
  /** Who said it: a person's email address, a read token's label, or `admin`. */
  by: Scalars['String']['output'];
  /** The theme's code (`Survey.customThemes`). */
  code: Scalars['String']['output'];
  /** Whether the comment has the theme, as the person said. */
  present: Scalars['Boolean']['output'];
};

/** How often one of the survey's own themes came up among a population's answers (as `ThemeCount`). */
export type CustomThemeCount = {
  __typename?: 'CustomThemeCount';
  /** The theme's code (`Survey.customThemes`). */
  code: Scalars['String']['output'];
  detractorPercent: Maybe<Scalars['Float']['output']>;
  detractors: Scalars['Int']['output'];
  passivePercent: Maybe<Scalars['Float']['output']>;
  passives: Scalars['Int']['output'];
  percent: Maybe<Scalars['Float']['output']>;
  promoterPercent: Maybe<Scalars['Float']['output']>;
  promoters: Scalars['Int']['output'];
  responses: Scalars['Int']['output'];
};

export type CustomThemeInput = {
  code: Scalars['String']['input'];
  texts: Array<CustomThemeTextInput>;
};

/** Where one of the survey's own themes is named in a comment (offsets as in `ThemeMatch`). */
export type CustomThemeMatch = {
  __typename?: 'CustomThemeMatch';
  code: Scalars['String']['output'];
  /** Whether it is one of the answer's themes (not judged against the score's direction). */
  counted: Scalars['Boolean']['output'];
  end: Scalars['Int']['output'];
  /** The judgement of its clause: -1 a complaint, 1 praise, 0 none. */
  polarity: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

export type CustomThemeText = {
  __typename?: 'CustomThemeText';
  /**
   * Words and phrases that name it (at most 30, each 1 to 60 characters), matched as the built-in cues are: case and
   * diacritics aside, the word or another form of it (same stem); a word ending in `*` (3 letters before it at least)
   * matches any word it begins. A comment naming it has it as a reason unless its clause judges it against the score's
   * direction (a detractor's "the app is great" is no complaint about the app).
   */
  cues: Array<Scalars['String']['output']>;
  language: Scalars['String']['output'];
  /** What reports call it in this language: 1 to 40 characters. */
  name: Scalars['String']['output'];
};

export type CustomThemeTextInput = {
  cues: Array<Scalars['String']['input']>;
  language: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** What an erasure removed: no personal data, as the erasure log keeps it. */
export type Erasure = {
  __typename?: 'Erasure';
  at: Scalars['DateTime']['output'];
  /** Answers deleted, each taken out of the counts. */
  responses: Scalars['Int']['output'];
  /** The surveys they belonged to. */
  surveyIds: Array<Scalars['ID']['output']>;
};

/**
 * Every `extensions.code` an error of this API can carry. Clients switch on it, never on the message.
 * `BAD_USER_INPUT` errors also carry `extensions.field`, the input field at fault (e.g. `score`).
 */
export type ErrorCode =
  /** An argument is missing, malformed, out of bounds or not allowed for this survey; nothing was stored. */
  | 'BAD_USER_INPUT'
  /** What the operation would change was changed by someone else since it was read (see `extensions.changed`); nothing was stored. */
  | 'CONFLICT'
  /** The token, origin or site key does not allow this operation. */
  | 'FORBIDDEN'
  /** The survey, response or token does not exist (or is not visible with this token). */
  | 'NOT_FOUND'
  /** The operation is too deep, too wide or too costly to run. */
  | 'QUERY_TOO_COMPLEX'
  /** Too many requests from this address or for this site key: retry after `extensions.retryAfterSeconds`. */
  | 'RATE_LIMITED'
  /** No valid `Authorization: Bearer <token>` was sent, for an operation that needs one. */
  | 'UNAUTHENTICATED';

export type FollowUp = {
  __typename?: 'FollowUp';
  at: Scalars['DateTime']['output'];
  /** Who followed up (a name or an e-mail address). */
  by: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  reasons: Array<FollowUpReason>;
};

/** Why a detractor was unhappy, as the follow-up found out. */
export type FollowUpReason =
  | 'DELIVERY'
  | 'OTHER'
  | 'PRICE'
  | 'QUALITY'
  | 'STAFF'
  | 'SUPPORT';

/** How many recorded follow-ups named one reason. */
export type FollowUpReasonCount = {
  __typename?: 'FollowUpReasonCount';
  count: Scalars['Int']['output'];
  reason: FollowUpReason;
};

/** A detractor waiting for a follow-up; good practice answers within 24 hours. */
export type FollowUpTask = {
  __typename?: 'FollowUpTask';
  /** When the 24-hour target runs out. */
  dueAt: Scalars['DateTime']['output'];
  overdue: Scalars['Boolean']['output'];
  response: Response;
  /** Seconds left to `dueAt`; negative once overdue. */
  secondsLeft: Scalars['Int']['output'];
};

export type Health = {
  __typename?: 'Health';
  /** True when the database answered a ping just now. */
  database: Scalars['Boolean']['output'];
};

/** What an import of past answers did. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** Answers stored before (the same file, or the same answers, imported again): left as they were. */
  duplicates: Scalars['Int']['output'];
  /** Answers erased at their respondent's request since an earlier import: never stored again. */
  erased: Scalars['Int']['output'];
  /** Rows read from the CSV. */
  rows: Scalars['Int']['output'];
  /** Answers stored by this import. */
  stored: Scalars['Int']['output'];
};

export type Invitation = {
  __typename?: 'Invitation';
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  surveyId: Scalars['ID']['output'];
};

/** What an invitation offers, for the page that accepts it. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  brand: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** Whether the address has an account already (then its password is asked, not a new one). */
  hasAccount: Scalars['Boolean']['output'];
  role: Role;
};

export type Member = {
  __typename?: 'Member';
  role: Role;
  /** Null: the person's role is on every survey. */
  surveyId: Maybe<Scalars['ID']['output']>;
  user: Account;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Public: accepts an invitation with its code: a new account with `password` (12 to 200 characters), or, for an
   * address with an account, its password; gives the role and signs the person in (a session cookie).
   */
  acceptInvitation: Account;
  /** Changes the signed-in person's password and ends their other sessions. */
  changePassword: Scalars['Boolean']['output'];
  /**
   * As `correctTheme`, for one of the survey's own themes by its code. The correction holds while the survey has a theme
   * of that code (one taken away and added again later starts without it).
   */
  correctCustomTheme: Response;
  /**
   * A person's correction of one theme of an answer's comment, with `comments` on its survey: `present: true` gives the
   * comment the theme, `false` takes it away, `null` gives the theme back to the classifier. Counted in the
   * pre-aggregates at once and exactly, like a comment change, and kept by `reclassifyComments`. `OTHER` is no comment
   * theme; an answer without a comment has none to correct.
   */
  correctTheme: Response;
  /** Admin: a new token for one survey's dashboards. */
  createReadToken: CreateReadTokenPayload;
  /** Admin: returns the survey with its `id` and `siteKey`. */
  createSurvey: Survey;
  /** Admin, or a token of this survey. */
  createWebhook: WebhookWithSecret;
  /**
   * Admin: deletes the survey, its answers (erased exactly, as a respondent's erasure is), its counts, read tokens,
   * webhooks and install records. `confirmBrand` must be the survey's brand as stored, so that a wrong id deletes
   * nothing. A deletion stopped half-way (an instance killed) is finished by deleting again.
   */
  deleteSurvey: SurveyDeletion;
  /** Admin, or a token of the subscription's survey: its pending deliveries go with it. Returns whether it existed. */
  deleteWebhook: Scalars['Boolean']['output'];
  /**
   * Deletes one customer's answers (every survey for the admin, `surveyId`'s for its read token), their follow-ups and
   * the note that they answered, and takes the answers out of the counts exactly, while answers keep arriving. Logged
   * without personal data. NOT_FOUND when there is nothing of theirs.
   */
  eraseRespondent: Erasure;
  /** Deletes one answer, as `eraseRespondent` does. The admin, or the answer's survey's read token. */
  eraseResponse: Erasure;
  /**
   * Admin: stores past answers from a CSV with a header row: a date and a score column, and optionally comment,
   * language, market, channel (our export's; else `WIDGET`), customer id, and any other columns as attributes. Delighted's and Formbricks' exports are read as
   * they are. Every row is checked first: with any bad row nothing is stored, and the error names each bad line.
   * Importing the same file again stores nothing more and changes nothing stored: an answer erased, or a comment
   * removed by the retention period, does not come back. For files over the request size, `pnpm import:responses`.
   */
  importResponses: ImportResult;
  /** PEOPLE: invites an email address to the survey with a role; the link works once, within 7 days. */
  inviteMember: CreatedInvitation;
  /** Admin: recomputes the survey's pre-aggregated counts from the stored responses; returns how many responses were counted. */
  rebuildNpsAggregates: Scalars['Int']['output'];
  /**
   * Admin: classifies the survey's stored comments again (after a lexicon or model change), in the background: each
   * answer whose themes change is recounted exactly, like a correction, while answers keep arriving and whichever
   * instances take part; people's corrections stand. Returns the work as started (one already going starts over);
   * `Survey.reclassification` tells how far it has come. Answers whose comment retention removed keep their themes.
   */
  reclassifyComments: Reclassification;
  /** Admin, or a token of the response's survey. A response is followed up once. */
  recordFollowUp: Response;
  /**
   * Admin, or a token of the subscription's survey: delivers an event again (same id), now, whatever it did before,
   * with the answer as it is now (its comment, its follow-up). A test delivery is not sent again (BAD_USER_INPUT); an
   * erased answer's are gone (NOT_FOUND).
   */
  redeliverWebhook: WebhookDelivery;
  /** PEOPLE on the invitation's survey. */
  revokeInvitation: Scalars['Boolean']['output'];
  /** Admin: the token stops working at once. */
  revokeReadToken: Scalars['Boolean']['output'];
  /** A new key signs the survey's links from now on: every link signed before stops working. */
  rotateSurveyLinkKey: Survey;
  /**
   * Admin, or a token of the subscription's survey: a new secret, shown once; the previous one keeps signing too for
   * `overlapHours` (0 to 168, 24 unless set), so that receivers can switch without missing a delivery.
   */
  rotateWebhookSecret: WebhookWithSecret;
  /** Admin: runs the retention purge now (joining a run already going on this instance) and says what it did. */
  runRetentionPurge: RetentionStatus;
  /** PEOPLE: gives a person another role on the survey, or none (`role` null); never one's own. */
  setMemberRole: Scalars['Boolean']['output'];
  /**
   * Public: makes the first owner's account, on a database with none, with the one-time code of the setup link that
   * `./pnpmw start` prints (or `pnpm setup-link`), valid an hour; signs them in (a session cookie). The password has 12
   * to 200 characters. A used, unknown or expired code, or a database with an account already, is UNAUTHENTICATED.
   */
  setUpFirstOwner: Account;
  /**
   * Public: signs a person in with a session cookie (`HttpOnly`, `SameSite=Lax`; `Secure` over https), which ends after
   * a week, or twelve hours unused. An unknown address and a wrong password get the same UNAUTHENTICATED; attempts are
   * limited per address and per account (RATE_LIMITED).
   */
  signIn: Account;
  /** Ends this request's session, on every instance; returns whether there was one. */
  signOut: Scalars['Boolean']['output'];
  /** Public: stores one answer. Needs an active site key and an `Origin` the survey allows; rate-limited. */
  submitResponse: SubmitResponsePayload;
  /** Admin, or a token of the subscription's survey: sends a signed test event now, and returns its delivery. */
  testWebhook: WebhookDelivery;
  /** Admin. */
  updateSurvey: Survey;
  /** Admin, or a token of the subscription's survey. */
  updateWebhook: Webhook;
};


export type MutationAcceptInvitationArgs = {
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCorrectCustomThemeArgs = {
  code: Scalars['String']['input'];
  present?: InputMaybe<Scalars['Boolean']['input']>;
  responseId: Scalars['ID']['input'];
};


export type MutationCorrectThemeArgs = {
  present?: InputMaybe<Scalars['Boolean']['input']>;
  responseId: Scalars['ID']['input'];
  theme: FollowUpReason;
};


export type MutationCreateReadTokenArgs = {
  label: Scalars['String']['input'];
  surveyId: Scalars['ID']['input'];
};


export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationDeleteSurveyArgs = {
  confirmBrand: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEraseRespondentArgs = {
  customerId: Scalars['String']['input'];
  surveyId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationEraseResponseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportResponsesArgs = {
  csv: Scalars['String']['input'];
  surveyId: Scalars['ID']['input'];
};


export type MutationInviteMemberArgs = {
  email: Scalars['String']['input'];
  role: Role;
  surveyId: Scalars['ID']['input'];
};


export type MutationRebuildNpsAggregatesArgs = {
  surveyId: Scalars['ID']['input'];
};


export type MutationReclassifyCommentsArgs = {
  surveyId: Scalars['ID']['input'];
};


export type MutationRecordFollowUpArgs = {
  input: RecordFollowUpInput;
};


export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
  webhookId: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeReadTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateSurveyLinkKeyArgs = {
  surveyId: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
  overlapHours?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetMemberRoleArgs = {
  role?: InputMaybe<Role>;
  surveyId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetUpFirstOwnerArgs = {
  code: Scalars['String']['input'];
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSubmitResponseArgs = {
  input: SubmitResponseInput;
};


export type MutationTestWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateSurveyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSurveyInput;
};


export type MutationUpdateWebhookArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
};

/** 0-6 detractors, 7-8 passives, 9-10 promoters. */
export type NpsCategory =
  | 'DETRACTOR'
  | 'PASSIVE'
  | 'PROMOTER';

/** How a population's NPS moved from the comparison period. */
export type NpsChange = {
  __typename?: 'NpsChange';
  /** 95% half-width of `points`: adjusted-Wald variances of the two independent periods, summed. */
  marginOfError: Maybe<Scalars['Float']['output']>;
  /** NPS now minus NPS then; null when either is empty or hidden. */
  points: Maybe<Scalars['Float']['output']>;
  /** The same population (language, market; the bucket in the same place from the start) in the comparison period. */
  previous: NpsScore;
  /** Whether the change is real at 95% (|points| > marginOfError); null when either is empty or hidden. */
  significant: Maybe<Scalars['Boolean']['output']>;
};

/** A report's period and the one it is compared with, in whole UTC days like `NpsFilter`'s bounds. */
export type NpsComparison = {
  /** Inclusive. */
  from: Scalars['DateTime']['input'];
  /** Exclusive. */
  to: Scalars['DateTime']['input'];
};

export type NpsDimension =
  | 'CHANNEL'
  | 'LANGUAGE'
  | 'MARKET';

export type NpsFilter = {
  channels?: InputMaybe<Array<Channel>>;
  /** Inclusive. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  markets?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Exclusive. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type NpsReport = {
  __typename?: 'NpsReport';
  overall: NpsScore;
  /** The whole population against `compareTo`, when asked for. */
  overallChange: Maybe<NpsChange>;
  segments: Array<NpsSegment>;
};

export type NpsScore = {
  __typename?: 'NpsScore';
  detractorPercent: Maybe<Scalars['Float']['output']>;
  detractors: Scalars['Int']['output'];
  /**
   * True for a segment of a language or market grouping with fewer answers than the survey's `minResponses`: its counts
   * are given, but `nps`, the percentages, `marginOfError` and `lowerBound` are null, so that nobody reads an NPS from a
   * handful of answers. The periods of a trend (`bucket` without `groupBy`) keep their NPS and its margin.
   */
  hidden: Scalars['Boolean']['output'];
  /**
   * The lower end of the 95% adjusted-Wald interval, centred on the adjusted estimate: what ranks segments honestly,
   * five promoters out of five below 40 answers at +65.
   */
  lowerBound: Maybe<Scalars['Float']['output']>;
  /** 95% half-width in NPS points, adjusted-Wald (n+3, +3/4 promoters and detractors); null when there are no responses. */
  marginOfError: Maybe<Scalars['Float']['output']>;
  /** 100 * (promoters - detractors) / responses; null when there are no responses. */
  nps: Maybe<Scalars['Float']['output']>;
  passivePercent: Maybe<Scalars['Float']['output']>;
  passives: Scalars['Int']['output'];
  promoterPercent: Maybe<Scalars['Float']['output']>;
  promoters: Scalars['Int']['output'];
  responses: Scalars['Int']['output'];
};

export type NpsSegment = {
  __typename?: 'NpsSegment';
  /** Against `compareTo`, when asked for. */
  change: Maybe<NpsChange>;
  channel: Maybe<Channel>;
  language: Maybe<Scalars['String']['output']>;
  market: Maybe<Scalars['String']['output']>;
  /** Start of the period, when the report is bucketed. */
  period: Maybe<Scalars['DateTime']['output']>;
  score: NpsScore;
  /** Whether this segment's NPS differs from the rest of the report's population at 95% (two-sample z); null when either side is empty. */
  significant: Maybe<Scalars['Boolean']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** PEOPLE: the survey's audit log, newest first (1 to 500 entries). */
  auditLog: Array<AuditEntry>;
  /** Admin, or a token of this survey: detractors not yet followed up, oldest first. `first` is at most 100. */
  followUpQueue: Array<FollowUpTask>;
  /** Admin, or a token of this survey: why detractors were unhappy, over the follow-ups recorded from `from` (inclusive) to `to` (exclusive); most named first, reasons never named left out. */
  followUpReasons: Array<FollowUpReasonCount>;
  /** Whether the API can reach its database: the same answer as `GET /healthz`, for clients that only speak GraphQL. */
  health: Health;
  /** Public: what an invitation's code offers; NOT_FOUND when it is unknown, used, revoked or expired. */
  invitation: InvitationPreview;
  /** PEOPLE: the survey's invitations not yet accepted, revoked or expired. */
  invitations: Array<Invitation>;
  /** The person signed in by this request's session cookie; null for a token or no one. */
  me: Maybe<Account>;
  /** PEOPLE: the people with a role on the survey, and the owners of every survey. */
  members: Array<Member>;
  /**
   * Admin, or a token of this survey. Computed from pre-aggregated daily counts: exact, and fast at any volume. With
   * `compareTo` (a period, usually the one before `filter`'s), every segment carries its change.
   */
  nps: NpsReport;
  /** Admin: the survey's read tokens that work (not revoked), newest first. */
  readTokens: Array<ReadToken>;
  /**
   * Every stored answer of one customer (the `customerId` attribute the page gave), with all its fields: what a person
   * asking "what do you hold about me?" is given. The admin reads every survey, or `surveyId`'s alone; a read token
   * its own survey (`surveyId` is then required).
   */
  respondentData: Array<Response>;
  /** Admin, or a token of this survey: newest first. `first` is at most 100. */
  responses: ResponseConnection;
  /** Admin: the retention purge's last run and the next. */
  retentionStatus: RetentionStatus;
  /** Admin, or a token of this survey. */
  survey: Survey;
  /** Public: the configuration the widget loads. Needs an `Origin` the survey allows. */
  surveyConfig: SurveyConfig;
  /**
   * Signed links and the email snippet for each recipient, at most 500 at once. A click on a score link opens the
   * hosted page with that score chosen; the answer is recorded by the person, never by the request alone, so that the
   * mail gateways that open every link record nothing.
   */
  surveyLinks: Array<SurveyLinks>;
  /** The surveys the token reads: every one for the admin (newest first), its own for a survey's read token. */
  surveys: Array<Survey>;
  /**
   * Admin, or a token of this survey: how often each comment theme came up, per NPS category, from the same
   * pre-aggregated counts as `nps` (and as fast).
   */
  themes: ThemeReport;
  /** Admin, or a token of the subscription's survey: its deliveries, newest first. `first` is at most 100. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Admin, or a token of this survey: the survey's subscriptions, newest first. */
  webhooks: Array<Webhook>;
};


export type QueryAuditLogArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  surveyId: Scalars['ID']['input'];
};


export type QueryFollowUpQueueArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  surveyId: Scalars['ID']['input'];
};


export type QueryFollowUpReasonsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  surveyId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryInvitationArgs = {
  code: Scalars['String']['input'];
};


export type QueryInvitationsArgs = {
  surveyId: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  surveyId: Scalars['ID']['input'];
};


export type QueryNpsArgs = {
  bucket?: InputMaybe<TimeBucket>;
  compareTo?: InputMaybe<NpsComparison>;
  filter?: InputMaybe<NpsFilter>;
  groupBy?: InputMaybe<Array<NpsDimension>>;
  surveyId: Scalars['ID']['input'];
};


export type QueryReadTokensArgs = {
  surveyId: Scalars['ID']['input'];
};


export type QueryRespondentDataArgs = {
  customerId: Scalars['String']['input'];
  surveyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryResponsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResponseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyConfigArgs = {
  customer?: InputMaybe<Scalars['String']['input']>;
  siteKey: Scalars['String']['input'];
};


export type QuerySurveyLinksArgs = {
  recipients: Array<SurveyLinkInput>;
  surveyId: Scalars['ID']['input'];
};


export type QueryThemesArgs = {
  bucket?: InputMaybe<TimeBucket>;
  filter?: InputMaybe<NpsFilter>;
  groupBy?: InputMaybe<Array<NpsDimension>>;
  surveyId: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  webhookId: Scalars['ID']['input'];
};


export type QueryWebhooksArgs = {
  surveyId: Scalars['ID']['input'];
};

export type QuestionOverride = {
  __typename?: 'QuestionOverride';
  /** The follow-up question asked of detractors (0-6). */
  detractorFollowUp: Maybe<Scalars['String']['output']>;
  language: Scalars['String']['output'];
  /** The follow-up question asked of passives (7-8). */
  passiveFollowUp: Maybe<Scalars['String']['output']>;
  /** The follow-up question asked of promoters (9-10). */
  promoterFollowUp: Maybe<Scalars['String']['output']>;
  /** The NPS question; may contain `{{brand}}`. */
  question: Maybe<Scalars['String']['output']>;
};

export type QuestionOverrideInput = {
  detractorFollowUp?: InputMaybe<Scalars['String']['input']>;
  language: Scalars['String']['input'];
  passiveFollowUp?: InputMaybe<Scalars['String']['input']>;
  promoterFollowUp?: InputMaybe<Scalars['String']['input']>;
  question?: InputMaybe<Scalars['String']['input']>;
};

/** A survey-scoped token, for a dashboard: reads the survey's reports and records follow-ups. */
export type ReadToken = {
  __typename?: 'ReadToken';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  surveyId: Scalars['ID']['output'];
};

/** A survey's comments being classified again in the background, as far as it has come. */
export type Reclassification = {
  __typename?: 'Reclassification';
  /** How many of them changed themes. */
  changed: Scalars['Int']['output'];
  /** Of those, classified again so far. */
  done: Scalars['Int']['output'];
  /** Set once every comment is classified again. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  startedAt: Scalars['DateTime']['output'];
  /** Answers with a comment when it started. */
  total: Scalars['Int']['output'];
};

export type RecordFollowUpInput = {
  by: Scalars['String']['input'];
  /** At most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** At least one. */
  reasons: Array<FollowUpReason>;
  responseId: Scalars['ID']['input'];
};

export type Response = {
  __typename?: 'Response';
  attributes: Maybe<Scalars['JSON']['output']>;
  category: NpsCategory;
  channel: Channel;
  clientResponseId: Scalars['ID']['output'];
  /** Plain text as the visitor typed it: render it as text, never as HTML. */
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** People's corrections of the survey's own themes: those for a theme the survey still has. */
  customThemeCorrections: Array<CustomThemeCorrection>;
  /** Where the survey's own themes are named in the comment. */
  customThemeMatches: Array<CustomThemeMatch>;
  /** The survey's own themes the comment has, by code (`Survey.customThemes`), as counted in `ThemeSegment.customThemes`. */
  customThemes: Array<Scalars['String']['output']>;
  /** Set once the detractor has been followed up. */
  followUp: Maybe<FollowUp>;
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  market: Maybe<Scalars['String']['output']>;
  pageUrl: Maybe<Scalars['String']['output']>;
  score: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
  /** People's corrections of the comment's themes, one per theme at most. */
  themeCorrections: Array<ThemeCorrection>;
  /** Where the classifier finds themes in the comment, to show why (empty without a comment). */
  themeMatches: Array<ThemeMatch>;
  /**
   * The comment's themes, found by the built-in classifier in the answer's language (id, mk, ro, el, tr, en), with
   * people's corrections applied: the reasons it gives for its score, as counted in `themes`. A recorded follow-up's
   * `reasons` stay the human finding beside them.
   */
  themes: Array<FollowUpReason>;
};

export type ResponseConnection = {
  __typename?: 'ResponseConnection';
  edges: Array<ResponseEdge>;
  pageInfo: PageInfo;
};

export type ResponseEdge = {
  __typename?: 'ResponseEdge';
  cursor: Scalars['String']['output'];
  node: Response;
};

export type ResponseFilter = {
  categories?: InputMaybe<Array<NpsCategory>>;
  channels?: InputMaybe<Array<Channel>>;
  /** Only responses whose comment has one of the survey's own themes, by code (`Survey.customThemes`); beside `themes`, either. */
  customThemes?: InputMaybe<Array<Scalars['String']['input']>>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  markets?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only responses whose comment has one of these themes. */
  themes?: InputMaybe<Array<FollowUpReason>>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only responses with a comment. */
  withComment?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The retention purge (see `Survey.retentionDays`): its last complete run and when the next is due. */
export type RetentionStatus = {
  __typename?: 'RetentionStatus';
  /** How long that run took, in milliseconds. */
  lastMs: Maybe<Scalars['Int']['output']>;
  /** Answers whose personal fields that run cleared. */
  lastPurged: Maybe<Scalars['Int']['output']>;
  /** When the last complete run started, by the database's clock; null before the first. */
  lastRunAt: Maybe<Scalars['DateTime']['output']>;
  /** When the next run is due: an hour after the last, whichever instance runs it and however often they restart. */
  nextDueAt: Scalars['DateTime']['output'];
};

/** A person's role on a survey: what each may do is the README's table of roles. */
export type Role =
  /** The figures, the answers with their comments, and the follow-ups. */
  | 'ANALYST'
  /** Settings and texts, and the figures. */
  | 'EDITOR'
  /** Everything: settings, texts, tokens, webhooks, people, erasure, import, delete. */
  | 'OWNER'
  /** The figures alone: no comment, customer id or attribute. */
  | 'VIEWER';

export type SubmitResponseInput = {
  /** A flat object of customer attributes: at most 20 keys (letters, digits, `_`, `-`; 40 characters), each a string (200 characters), number, boolean or null. */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** A UUID made in the browser: a resubmit of the same answer is not counted twice, and adds its comment. */
  clientResponseId: Scalars['ID']['input'];
  /** The answer to the follow-up question, at most 2000 characters; stored and returned as plain text. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 tag (`el`, `el-CY`); stored as the survey language it names. */
  language: Scalars['String']['input'];
  /** Market code (`TR`, `GR`, `CY`, ...); one of the survey's markets. When left out, the region of `language`, if it is one. */
  market?: InputMaybe<Scalars['String']['input']>;
  /** The page the answer was given on (http or https, at most 2048 characters). */
  pageUrl?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 10. */
  score: Scalars['Int']['input'];
  /** Public key of the survey, from the script tag. */
  siteKey: Scalars['String']['input'];
};

export type SubmitResponsePayload = {
  __typename?: 'SubmitResponsePayload';
  /** True when this `clientResponseId` had been stored before: the answer counts once. */
  duplicate: Scalars['Boolean']['output'];
  response: SubmittedResponse;
};

/** What a visitor's browser may see of its own answer. */
export type SubmittedResponse = {
  __typename?: 'SubmittedResponse';
  category: NpsCategory;
  id: Scalars['ID']['output'];
};

/** A survey: one NPS question, asked on a site owner's pages in the languages and markets listed. */
export type Survey = {
  __typename?: 'Survey';
  /** What this request's caller may do on the survey (a person's role, or a token): the console and dashboard show that. */
  access: Array<SurveyRight>;
  /** An inactive (paused) survey is not shown, and its site key accepts no answers. */
  active: Scalars['Boolean']['output'];
  /** Origins (`https://shop.example`) whose pages may load and answer this survey. */
  allowedOrigins: Array<Scalars['String']['output']>;
  /** An archived survey is inactive and listed apart from the others; its answers and reports stay. */
  archived: Scalars['Boolean']['output'];
  /** Replaces `{{brand}}` in the question. */
  brand: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Its own comment themes, besides the built-in five: at most 10, set by `updateSurvey`. */
  customThemes: Array<CustomTheme>;
  /** Language used when the visitor's is not one of `languages`. */
  defaultLanguage: Scalars['String']['output'];
  /** Seconds after a page loads before the survey shows, 0 to 600; a script tag's `data-delay` (milliseconds) wins. */
  delaySeconds: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Each allowed origin, and when a page there last loaded the survey (its configuration): the install check. */
  installations: Array<SurveyInstallation>;
  /** Languages the survey is answered in (ISO 639-1 codes such as `id`, `mk`, `ro`, `el`, `tr`, `en`). */
  languages: Array<Scalars['String']['output']>;
  /** Markets the business sells to (ISO 3166-1 alpha-2 codes such as `TR`, `GR`, `CY`). */
  markets: Array<Scalars['String']['output']>;
  /** Fewest answers for which a report gives the NPS of a language or market segment (see `NpsScore.hidden`); 30 unless set, 1 to 1000. */
  minResponses: Scalars['Int']['output'];
  /**
   * Per-language wording of the questions (kept for older clients: `texts` covers every text).
   * @deprecated Use `texts`, which covers every text of the widget.
   */
  questionOverrides: Array<QuestionOverride>;
  /** The last reclassification of its comments (`reclassifyComments`), as far as it has come; null if none. */
  reclassification: Maybe<Reclassification>;
  /** Days before a visitor who answered or dismissed is asked again. */
  recontactDays: Scalars['Int']['output'];
  /**
   * Days an answer keeps its personal fields (comment, attributes with the customer id, page URL); then an hourly purge
   * clears them and keeps score, language, market and time, so reports stay exact. Null: kept.
   */
  retentionDays: Maybe<Scalars['Int']['output']>;
  /** Share of eligible visitors who are asked, from 0 to 1. */
  sampleRate: Scalars['Float']['output'];
  /** Public key of the survey, put in the script tag as `data-site-key`. */
  siteKey: Scalars['String']['output'];
  /** The survey's own wording of any widget text, per language; the built-in texts fill in the rest. */
  texts: Array<SurveyText>;
  /** Its own cue words for the built-in themes, per theme and language, set by `updateSurvey`. */
  themeCues: Array<ThemeCueWords>;
  /**
   * With the `comments` right: words its people's corrections suggest as cues (at most 5 per theme and language, most
   * frequent first), from the comments a theme was added to. None until a word stands in 2 such comments at least.
   */
  themeSuggestions: Array<ThemeSuggestion>;
  updatedAt: Scalars['DateTime']['output'];
  /** How many times its settings or texts were changed: give it back as `updateSurvey`'s `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** What the widget needs to show a survey: public, cacheable, no secrets. */
export type SurveyConfig = {
  __typename?: 'SurveyConfig';
  active: Scalars['Boolean']['output'];
  brand: Scalars['String']['output'];
  /** Whether the customer asked about (`customer`) answered within `recontactDays`, on any device; else false. */
  customerAnsweredRecently: Scalars['Boolean']['output'];
  defaultLanguage: Scalars['String']['output'];
  /** Seconds after a page loads before the survey shows, unless the script tag's `data-delay` says otherwise. */
  delaySeconds: Scalars['Int']['output'];
  languages: Array<Scalars['String']['output']>;
  markets: Array<Scalars['String']['output']>;
  /** @deprecated Use `texts`. */
  questionOverrides: Array<QuestionOverride>;
  recontactDays: Scalars['Int']['output'];
  sampleRate: Scalars['Float']['output'];
  siteKey: Scalars['String']['output'];
  texts: Array<SurveyText>;
};

/** What deleting a survey erased. */
export type SurveyDeletion = {
  __typename?: 'SurveyDeletion';
  at: Scalars['DateTime']['output'];
  /** Read tokens and webhook subscriptions of the survey, deleted with it. */
  readTokens: Scalars['Int']['output'];
  /** Answers erased, each as a respondent's erasure would (counts, follow-ups, webhook deliveries). */
  responses: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
  webhooks: Scalars['Int']['output'];
};

/** Whether the script tag works on one of a survey's allowed origins. */
export type SurveyInstallation = {
  __typename?: 'SurveyInstallation';
  /** When a page there last loaded the survey's configuration (to the minute); null: never yet. */
  lastSeenAt: Maybe<Scalars['DateTime']['output']>;
  origin: Scalars['String']['output'];
};

/**
 * Who a set of links asks, and for how long. `customer` and `send` are signed into every link. With `customer`, the
 * person answers once per send (a later click changes their answer, the last one wins), and it is their answer's
 * `attributes.customerId` (as the widget's `data-customer`); `send` is stored as `attributes.send`. Without a customer
 * (a campaign's link), everyone who opens it answers on their own.
 */
export type SurveyLinkInput = {
  /** The customer's id in the owner's systems, at most 200 characters. */
  customer?: InputMaybe<Scalars['String']['input']>;
  /** Days the links work, 1 to 365; 30 when left out. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** One of the survey's languages: the page, the question and the snippet are in it. */
  language: Scalars['String']['input'];
  /** One of the survey's markets. */
  market?: InputMaybe<Scalars['String']['input']>;
  /** The campaign or the send (an order, a ticket), at most 200 characters. */
  send?: InputMaybe<Scalars['String']['input']>;
};

/** One recipient's links, each signed with the survey's link key. */
export type SurveyLinks = {
  __typename?: 'SurveyLinks';
  /** Whether this customer answered within the survey's recontact period, on any channel (better not asked again). */
  customerAnsweredRecently: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /**
   * The question and the eleven score links as HTML to put in an email: tables and inline styles only (no script, no
   * form, no style sheet, no image), as Gmail, Outlook and Apple Mail render it.
   */
  html: Scalars['String']['output'];
  language: Scalars['String']['output'];
  /** The hosted survey page, for SMS, chat or a QR code: answers through it are the `LINK` channel. */
  pageUrl: Scalars['String']['output'];
  /** The eleven score links of an email, for 0 to 10: answers through them are the `EMAIL` channel. */
  scoreUrls: Array<Scalars['String']['output']>;
  /** The same for a plain-text email: the question, then one line per score with its link. */
  text: Scalars['String']['output'];
};

/**
 * A right on a survey (see the README's table of roles): REPORTS (figures), COMMENTS (answers one by one, with
 * customer ids and attributes), FOLLOW_UPS (the queue, and recording one), SETTINGS (settings and texts), TOKENS,
 * WEBHOOKS, ERASURE (a respondent's data), IMPORT, PEOPLE (who has which role), DELETE.
 */
export type SurveyRight =
  | 'COMMENTS'
  | 'DELETE'
  | 'ERASURE'
  | 'FOLLOW_UPS'
  | 'IMPORT'
  | 'LINKS'
  | 'PEOPLE'
  | 'REPORTS'
  | 'SETTINGS'
  | 'TOKENS'
  | 'WEBHOOKS';

/** A survey's own wording of one widget text in one language. */
export type SurveyText = {
  __typename?: 'SurveyText';
  key: WidgetTextKey;
  /** One of the survey's languages. */
  language: Scalars['String']['output'];
  /**
   * Plain text (never HTML), 1 to 500 characters; it may use the placeholders of the English text of its key, such
   * as `{{brand}}` in `question`, `{{score}}` in `scoreLabel`, `{{count}}` in `charactersLeft_*`, and no others.
   */
  text: Scalars['String']['output'];
};

export type SurveyTextInput = {
  key: WidgetTextKey;
  language: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

/** A person's word on one theme of a comment: it stands whatever the classifier finds, also when comments are classified again. */
export type ThemeCorrection = {
  __typename?: 'ThemeCorrection';
  at: Scalars['DateTime']['output'];
  /** Who said it: a person's email address, a read token's label, or `admin`. */
  by: Scalars['String']['output'];
  /** Whether the comment has the theme, as the person said. */
  present: Scalars['Boolean']['output'];
  theme: FollowUpReason;
};

/** How often one theme came up among a population's answers. */
export type ThemeCount = {
  __typename?: 'ThemeCount';
  detractorPercent: Maybe<Scalars['Float']['output']>;
  detractors: Scalars['Int']['output'];
  passivePercent: Maybe<Scalars['Float']['output']>;
  passives: Scalars['Int']['output'];
  /** Percent of all the population's answers (with a comment or not); null when it has none. */
  percent: Maybe<Scalars['Float']['output']>;
  /** Percent of its promoters, passives, detractors; null when there are none. */
  promoterPercent: Maybe<Scalars['Float']['output']>;
  promoters: Scalars['Int']['output'];
  /** Answers whose comment has the theme, in all and per category. */
  responses: Scalars['Int']['output'];
  theme: FollowUpReason;
};

/**
 * Cue words of the survey's own for a built-in theme in one language, beside the lexicon's: found as the survey's own
 * themes' cues are (`CustomThemeText.cues`, the same rules).
 */
export type ThemeCueWords = {
  __typename?: 'ThemeCueWords';
  cues: Array<Scalars['String']['output']>;
  language: Scalars['String']['output'];
  theme: FollowUpReason;
};

export type ThemeCueWordsInput = {
  cues: Array<Scalars['String']['input']>;
  language: Scalars['String']['input'];
  theme: FollowUpReason;
};

/**
 * Where a theme was found in a comment: `start` and `end` are offsets into it in UTF-16 code units (JavaScript string
 * indexes), so a dashboard can mark the words, as text.
 */
export type ThemeMatch = {
  __typename?: 'ThemeMatch';
  /** Whether it is one of the answer's themes: a reason in the direction of its score (a detractor's complaint, a promoter's praise). */
  counted: Scalars['Boolean']['output'];
  end: Scalars['Int']['output'];
  /** -1 a complaint, 1 praise, 0 the theme only named; a negation ("not expensive") has turned it round already. */
  polarity: Scalars['Int']['output'];
  /** How it was found: a cue word of the language's lexicon, or a word the learned model weighs most for the theme. */
  source: ThemeSource;
  start: Scalars['Int']['output'];
  theme: FollowUpReason;
};

export type ThemeReport = {
  __typename?: 'ThemeReport';
  overall: ThemeSegment;
  segments: Array<ThemeSegment>;
};

export type ThemeSegment = {
  __typename?: 'ThemeSegment';
  channel: Maybe<Channel>;
  /** The survey's own themes, most frequent first (then in the survey's order). */
  customThemes: Array<CustomThemeCount>;
  language: Maybe<Scalars['String']['output']>;
  market: Maybe<Scalars['String']['output']>;
  /** Start of the period, when the report is bucketed. */
  period: Maybe<Scalars['DateTime']['output']>;
  /** The population's answers: what the percentages are of. */
  score: NpsScore;
  /** Every theme, most frequent first (then in the enum's order). */
  themes: Array<ThemeCount>;
};

/** How a theme was found in a comment. */
export type ThemeSource =
  /** A cue word or phrase of the language's lexicon. */
  | 'LEXICON'
  /** A word the learned model weighs most for the theme, where the lexicon had no cue for it. */
  | 'MODEL'
  /** A cue word of the survey's own for the theme (`Survey.themeCues`). */
  | 'SURVEY';

/**
 * A cue word the survey's corrections suggest: a word that people's corrections gave a theme in several comments whose
 * classifier had not found it there. Applied only when an owner adds it to the theme's cues (`updateSurvey`).
 */
export type ThemeSuggestion = {
  __typename?: 'ThemeSuggestion';
  /** In how many of the comments people gave the theme to it stands. */
  comments: Scalars['Int']['output'];
  /** The word as most of those comments write it, lower case. */
  cue: Scalars['String']['output'];
  /** Whether `theme` is one of the survey's own (`Survey.customThemes`). */
  custom: Scalars['Boolean']['output'];
  language: Scalars['String']['output'];
  /** A built-in theme's name (`PRICE` ...), or the code of one of the survey's own. */
  theme: Scalars['String']['output'];
};

/** Periods in UTC: days, ISO weeks (starting on Monday), calendar months. */
export type TimeBucket =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

/** Fields left out are left unchanged. */
export type UpdateSurveyInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  allowedOrigins?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Archiving also pauses the survey (`active` false); taking it out of the archive leaves it paused. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  brand?: InputMaybe<Scalars['String']['input']>;
  /**
   * Replaces all of the survey's own comment themes (at most 10). A theme kept (by its code) keeps its counts; a change
   * of the themes classifies the survey's stored comments again in the background (`Survey.reclassification`), and
   * until that is done a report counts older comments as they were classified.
   */
  customThemes?: InputMaybe<Array<CustomThemeInput>>;
  defaultLanguage?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 600. */
  delaySeconds?: InputMaybe<Scalars['Int']['input']>;
  /**
   * The `version` the change was made on (the survey as its editor last read it). When the survey has changed since,
   * the change is refused with CONFLICT, whose `extensions.changed` names the fields changed meanwhile, and nothing is
   * stored. Left out, the change applies to the survey as it is now.
   */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  markets?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 1000. */
  minResponses?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Use `texts`. */
  questionOverrides?: InputMaybe<Array<QuestionOverrideInput>>;
  recontactDays?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 36500, or 0 to keep answers' personal fields for good. */
  retentionDays?: InputMaybe<Scalars['Int']['input']>;
  sampleRate?: InputMaybe<Scalars['Float']['input']>;
  /** Replaces all of the survey's own texts. */
  texts?: InputMaybe<Array<SurveyTextInput>>;
  /** Replaces all of the survey's own cue words for the built-in themes; a change classifies the comments again, as above. */
  themeCues?: InputMaybe<Array<ThemeCueWordsInput>>;
};

/** Fields left out are left unchanged. */
export type UpdateWebhookInput = {
  /** True again after a 410 or a failing period, to resume deliveries. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  events?: InputMaybe<Array<WebhookEvent>>;
  filter?: InputMaybe<WebhookFilterInput>;
  format?: InputMaybe<WebhookFormat>;
  overdueHours?: InputMaybe<Scalars['Int']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A survey's webhook subscription. Its secret is shown once, when it is made or rotated. */
export type Webhook = {
  __typename?: 'Webhook';
  createdAt: Scalars['DateTime']['output'];
  /** False once a receiver answered 410 Gone, or when set so; nothing is delivered to a disabled subscription. */
  enabled: Scalars['Boolean']['output'];
  events: Array<WebhookEvent>;
  /** Since when every delivery has failed, after a day of failures; null while any succeeds. */
  failingSince: Maybe<Scalars['DateTime']['output']>;
  filter: WebhookFilter;
  format: WebhookFormat;
  id: Scalars['ID']['output'];
  /** Hours after a detractor's answer before `DETRACTOR_OVERDUE` (1 to 168; 20 unless set, so that 4 of the 24 hours remain). */
  overdueHours: Scalars['Int']['output'];
  /** Until when the previous secret still signs deliveries too, after a rotation. */
  previousSecretUntil: Maybe<Scalars['DateTime']['output']>;
  surveyId: Scalars['ID']['output'];
  /** An https URL (the development setting alone allows others, for tests). */
  url: Scalars['String']['output'];
};

/** One event's delivery to one subscription, with its attempts. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  event: WebhookEvent;
  /** The event's id: the `webhook-id` header, the same on every attempt and every redelivery. */
  eventId: Scalars['ID']['output'];
  /** This delivery (`<webhookId>:<eventId>`), as `redeliverWebhook` takes it. */
  id: Scalars['ID']['output'];
  /** What went wrong last, in a few words (never the receiver's whole body). */
  lastError: Maybe<Scalars['String']['output']>;
  /** The receiver's last HTTP status; null before any answer (or when none came: a timeout, a refused address). */
  lastStatus: Maybe<Scalars['Int']['output']>;
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryStatus =
  /** A 2xx answer came. */
  | 'DELIVERED'
  /** Given up after 72 hours of failures, or the subscription was disabled. */
  | 'FAILED'
  /** Waiting for its next attempt. */
  | 'PENDING';

/** What a webhook subscription is told of. */
export type WebhookEvent =
  /** A detractor is not followed up after the subscription's `overdueHours` (`data`: the answer, `dueAt`). */
  | 'DETRACTOR_OVERDUE'
  /** A follow-up is recorded (`data`: the answer, with `followUp`). */
  | 'FOLLOW_UP_RECORDED'
  /**
   * An answer's comment arrives or changes after its score, or a later score link of an email changes its score
   * (`data`: the answer as it now is).
   */
  | 'RESPONSE_COMMENTED'
  /** An answer's score is stored (`data`: the answer, without its comment when it has none yet). */
  | 'RESPONSE_CREATED';

export type WebhookFilter = {
  __typename?: 'WebhookFilter';
  categories: Maybe<Array<NpsCategory>>;
  languages: Maybe<Array<Scalars['String']['output']>>;
  markets: Maybe<Array<Scalars['String']['output']>>;
};

/** What a subscription receives: only answers of these categories, languages and markets (each left out: all). */
export type WebhookFilterInput = {
  categories?: InputMaybe<Array<NpsCategory>>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  markets?: InputMaybe<Array<Scalars['String']['input']>>;
};

/**
 * How a subscription's deliveries are written. `JSON`: our event, `{ "type": "response.created", "timestamp":
 * "<ISO 8601>", "data": { "surveyId", "response": { "id", "score", "category", "comment", "language", "market",
 * "createdAt", "themes", "followUp", "revision" }, "dueAt" } }` (`type` is the event's name in dotted lower case).
 * Deliveries are at least once and not in order: after an outage, an answer's `response.commented` may arrive before
 * its `response.created`. `response.revision` orders one answer's events: 0 as first stored, one more with each
 * change of its comment or score and with the follow-up; the event with the highest revision carries the answer's latest state.
 * `SLACK`: a Slack
 * incoming-webhook message in the survey's default language: the score, the category, the comment as plain text,
 * language, market, and a link to the dashboard filtered to them.
 */
export type WebhookFormat =
  | 'JSON'
  | 'SLACK';

/** A subscription as made or rotated: the only time its secret is shown. */
export type WebhookWithSecret = {
  __typename?: 'WebhookWithSecret';
  /** Standard Webhooks secret (`whsec_...`): verify `webhook-signature` with it. */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

/**
 * A text of the widget, by its key in the widget's English source. A plural text has one key per plural form
 * (`charactersLeft_one`, `charactersLeft_few`, ...): give the forms the language uses (Unicode CLDR).
 */
export type WidgetTextKey =
  | 'charactersLeft_few'
  | 'charactersLeft_many'
  | 'charactersLeft_one'
  | 'charactersLeft_other'
  | 'charactersLeft_two'
  | 'charactersLeft_zero'
  | 'close'
  | 'commentPlaceholder'
  | 'followUpDetractor'
  | 'followUpPassive'
  | 'followUpPromoter'
  | 'language'
  | 'question'
  | 'savedOffline'
  | 'scaleHigh'
  | 'scaleLow'
  | 'scoreLabel'
  | 'send'
  | 'skip'
  | 'surveyLabel'
  | 'thanks';
