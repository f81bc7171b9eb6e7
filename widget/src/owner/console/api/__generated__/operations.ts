/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

export type CreateSurveyInput = {
  /** Defaults to true. */
  active?: boolean | null | undefined;
  allowedOrigins: Array<string>;
  brand: string;
  /** Defaults to the first of `languages`. */
  defaultLanguage?: string | null | undefined;
  /** Defaults to 0; 0 to 600. */
  delaySeconds?: number | null | undefined;
  languages: Array<string>;
  markets: Array<string>;
  /** Defaults to 30; 1 to 1000. */
  minResponses?: number | null | undefined;
  /** @deprecated Use `texts`. */
  questionOverrides?: Array<QuestionOverrideInput> | null | undefined;
  /** Defaults to 90. */
  recontactDays?: number | null | undefined;
  /** 1 to 36500; unset: kept. */
  retentionDays?: number | null | undefined;
  /** Defaults to 1. */
  sampleRate?: number | null | undefined;
  texts?: Array<SurveyTextInput> | null | undefined;
};

export type CustomThemeInput = {
  code: string;
  texts: Array<CustomThemeTextInput>;
};

export type CustomThemeTextInput = {
  cues: Array<string>;
  language: string;
  name: string;
};

/** Why a detractor was unhappy, as the follow-up found out. */
export type FollowUpReason =
  | 'DELIVERY'
  | 'OTHER'
  | 'PRICE'
  | 'QUALITY'
  | 'STAFF'
  | 'SUPPORT';

export type QuestionOverrideInput = {
  detractorFollowUp?: string | null | undefined;
  language: string;
  passiveFollowUp?: string | null | undefined;
  promoterFollowUp?: string | null | undefined;
  question?: string | null | undefined;
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

/**
 * Who a set of links asks, and for how long. `customer` and `send` are signed into every link. With `customer`, the
 * person answers once per send (a later click changes their answer, the last one wins), and it is their answer's
 * `attributes.customerId` (as the widget's `data-customer`); `send` is stored as `attributes.send`. Without a customer
 * (a campaign's link), everyone who opens it answers on their own.
 */
export type SurveyLinkInput = {
  /** The customer's id in the owner's systems, at most 200 characters. */
  customer?: string | null | undefined;
  /** Days the links work, 1 to 365; 30 when left out. */
  expiresInDays?: number | null | undefined;
  /** One of the survey's languages: the page, the question and the snippet are in it. */
  language: string;
  /** One of the survey's markets. */
  market?: string | null | undefined;
  /** The campaign or the send (an order, a ticket), at most 200 characters. */
  send?: string | null | undefined;
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

export type SurveyTextInput = {
  key: WidgetTextKey;
  language: string;
  text: string;
};

export type ThemeCueWordsInput = {
  cues: Array<string>;
  language: string;
  theme: FollowUpReason;
};

/** Fields left out are left unchanged. */
export type UpdateSurveyInput = {
  active?: boolean | null | undefined;
  allowedOrigins?: Array<string> | null | undefined;
  /** Archiving also pauses the survey (`active` false); taking it out of the archive leaves it paused. */
  archived?: boolean | null | undefined;
  brand?: string | null | undefined;
  /**
   * Replaces all of the survey's own comment themes (at most 10). A theme kept (by its code) keeps its counts; a change
   * of the themes classifies the survey's stored comments again in the background (`Survey.reclassification`), and
   * until that is done a report counts older comments as they were classified.
   */
  customThemes?: Array<CustomThemeInput> | null | undefined;
  defaultLanguage?: string | null | undefined;
  /** 0 to 600. */
  delaySeconds?: number | null | undefined;
  /**
   * The `version` the change was made on (the survey as its editor last read it). When the survey has changed since,
   * the change is refused with CONFLICT, whose `extensions.changed` names the fields changed meanwhile, and nothing is
   * stored. Left out, the change applies to the survey as it is now.
   */
  expectedVersion?: number | null | undefined;
  languages?: Array<string> | null | undefined;
  markets?: Array<string> | null | undefined;
  /** 1 to 1000. */
  minResponses?: number | null | undefined;
  /** @deprecated Use `texts`. */
  questionOverrides?: Array<QuestionOverrideInput> | null | undefined;
  recontactDays?: number | null | undefined;
  /** 1 to 36500, or 0 to keep answers' personal fields for good. */
  retentionDays?: number | null | undefined;
  sampleRate?: number | null | undefined;
  /** Replaces all of the survey's own texts. */
  texts?: Array<SurveyTextInput> | null | undefined;
  /** Replaces all of the survey's own cue words for the built-in themes; a change classifies the comments again, as above. */
  themeCues?: Array<ThemeCueWordsInput> | null | undefined;
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

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me: { id: string, email: string } | null };

export type ConsoleSetUpMutationVariables = Exact<{
  code: string;
  email: string;
  password: string;
}>;


export type ConsoleSetUpMutation = { setUpFirstOwner: { id: string, email: string } };

export type ConsoleSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ConsoleSignInMutation = { signIn: { id: string, email: string } };

export type ConsoleSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSignOutMutation = { signOut: boolean };

export type ConsoleSurveyFragment = { id: string, siteKey: string, brand: string, languages: Array<string>, defaultLanguage: string, markets: Array<string>, allowedOrigins: Array<string>, recontactDays: number, retentionDays: number | null, sampleRate: number, delaySeconds: number, minResponses: number, active: boolean, archived: boolean, version: number, createdAt: string, updatedAt: string, access: Array<SurveyRight>, texts: Array<{ language: string, key: WidgetTextKey, text: string }>, customThemes: Array<{ code: string, texts: Array<{ language: string, name: string, cues: Array<string> }> }>, themeCues: Array<{ theme: FollowUpReason, language: string, cues: Array<string> }>, reclassification: { total: number, done: number, changed: number, finishedAt: string | null } | null };

export type ConsoleSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSurveysQuery = { surveys: Array<{ id: string, siteKey: string, brand: string, languages: Array<string>, defaultLanguage: string, markets: Array<string>, allowedOrigins: Array<string>, recontactDays: number, retentionDays: number | null, sampleRate: number, delaySeconds: number, minResponses: number, active: boolean, archived: boolean, version: number, createdAt: string, updatedAt: string, access: Array<SurveyRight>, texts: Array<{ language: string, key: WidgetTextKey, text: string }>, customThemes: Array<{ code: string, texts: Array<{ language: string, name: string, cues: Array<string> }> }>, themeCues: Array<{ theme: FollowUpReason, language: string, cues: Array<string> }>, reclassification: { total: number, done: number, changed: number, finishedAt: string | null } | null }> };

export type ConsoleSurveyQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSurveyQuery = { survey: { id: string, siteKey: string, brand: string, languages: Array<string>, defaultLanguage: string, markets: Array<string>, allowedOrigins: Array<string>, recontactDays: number, retentionDays: number | null, sampleRate: number, delaySeconds: number, minResponses: number, active: boolean, archived: boolean, version: number, createdAt: string, updatedAt: string, access: Array<SurveyRight>, texts: Array<{ language: string, key: WidgetTextKey, text: string }>, customThemes: Array<{ code: string, texts: Array<{ language: string, name: string, cues: Array<string> }> }>, themeCues: Array<{ theme: FollowUpReason, language: string, cues: Array<string> }>, reclassification: { total: number, done: number, changed: number, finishedAt: string | null } | null } };

export type ConsoleThemeSuggestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleThemeSuggestionsQuery = { survey: { id: string, themeSuggestions: Array<{ theme: string, custom: boolean, language: string, cue: string, comments: number }> } };

export type ConsoleInstallationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleInstallationsQuery = { survey: { id: string, installations: Array<{ origin: string, lastSeenAt: string | null }> } };

export type ConsoleSurveyLinksQueryVariables = Exact<{
  id: string | number;
  recipient: SurveyLinkInput;
}>;


export type ConsoleSurveyLinksQuery = { surveyLinks: Array<{ language: string, pageUrl: string, html: string, text: string, expiresAt: string, customerAnsweredRecently: boolean }> };

export type ConsoleRotateLinkKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRotateLinkKeyMutation = { rotateSurveyLinkKey: { id: string } };

export type ConsoleCreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;


export type ConsoleCreateSurveyMutation = { createSurvey: { id: string, siteKey: string, brand: string, languages: Array<string>, defaultLanguage: string, markets: Array<string>, allowedOrigins: Array<string>, recontactDays: number, retentionDays: number | null, sampleRate: number, delaySeconds: number, minResponses: number, active: boolean, archived: boolean, version: number, createdAt: string, updatedAt: string, access: Array<SurveyRight>, texts: Array<{ language: string, key: WidgetTextKey, text: string }>, customThemes: Array<{ code: string, texts: Array<{ language: string, name: string, cues: Array<string> }> }>, themeCues: Array<{ theme: FollowUpReason, language: string, cues: Array<string> }>, reclassification: { total: number, done: number, changed: number, finishedAt: string | null } | null } };

export type ConsoleUpdateSurveyMutationVariables = Exact<{
  id: string | number;
  input: UpdateSurveyInput;
}>;


export type ConsoleUpdateSurveyMutation = { updateSurvey: { id: string, siteKey: string, brand: string, languages: Array<string>, defaultLanguage: string, markets: Array<string>, allowedOrigins: Array<string>, recontactDays: number, retentionDays: number | null, sampleRate: number, delaySeconds: number, minResponses: number, active: boolean, archived: boolean, version: number, createdAt: string, updatedAt: string, access: Array<SurveyRight>, texts: Array<{ language: string, key: WidgetTextKey, text: string }>, customThemes: Array<{ code: string, texts: Array<{ language: string, name: string, cues: Array<string> }> }>, themeCues: Array<{ theme: FollowUpReason, language: string, cues: Array<string> }>, reclassification: { total: number, done: number, changed: number, finishedAt: string | null } | null } };

export type ConsoleDeleteSurveyMutationVariables = Exact<{
  id: string | number;
  confirmBrand: string;
}>;


export type ConsoleDeleteSurveyMutation = { deleteSurvey: { surveyId: string, responses: number, readTokens: number, webhooks: number, at: string } };

export type ConsoleReadTokensQueryVariables = Exact<{
  surveyId: string | number;
}>;


export type ConsoleReadTokensQuery = { readTokens: Array<{ id: string, label: string, createdAt: string }> };

export type ConsoleCreateReadTokenMutationVariables = Exact<{
  surveyId: string | number;
  label: string;
}>;


export type ConsoleCreateReadTokenMutation = { createReadToken: { token: string, readToken: { id: string, label: string, createdAt: string } } };

export type ConsoleRevokeReadTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRevokeReadTokenMutation = { revokeReadToken: boolean };

export type ConsolePeopleQueryVariables = Exact<{
  surveyId: string | number;
}>;


export type ConsolePeopleQuery = { members: Array<{ role: Role, surveyId: string | null, user: { id: string, email: string } }>, invitations: Array<{ id: string, email: string, role: Role, expiresAt: string }>, auditLog: Array<{ at: string, by: string, action: AuditAction, detail: string | null }> };

export type ConsoleInviteMutationVariables = Exact<{
  surveyId: string | number;
  email: string;
  role: Role;
}>;


export type ConsoleInviteMutation = { inviteMember: { code: string } };

export type ConsoleRevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRevokeInvitationMutation = { revokeInvitation: boolean };

export type ConsoleSetRoleMutationVariables = Exact<{
  surveyId: string | number;
  userId: string | number;
  role?: Role | null | undefined;
}>;


export type ConsoleSetRoleMutation = { setMemberRole: boolean };

export type ConsoleInvitationQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleInvitationQuery = { invitation: { email: string, role: Role, brand: string, hasAccount: boolean } };

export type ConsoleAcceptInvitationMutationVariables = Exact<{
  code: string;
  password: string;
}>;


export type ConsoleAcceptInvitationMutation = { acceptInvitation: { id: string, email: string } };

export type ConsoleChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ConsoleChangePasswordMutation = { changePassword: boolean };
