import { request, TokenClient } from '../../../api/client.ts';
import type {
  ConsoleAcceptInvitationMutation,
  ConsoleCreateReadTokenMutation,
  ConsoleCreateSurveyMutation,
  ConsoleDeleteSurveyMutation,
  ConsoleInstallationsQuery,
  ConsoleInvitationQuery,
  ConsoleInviteMutation,
  ConsoleMeQuery,
  ConsolePeopleQuery,
  ConsoleReadTokensQuery,
  ConsoleSetUpMutation,
  ConsoleSignInMutation,
  ConsoleSurveyFragment,
  ConsoleSurveyLinksQuery,
  ConsoleSurveyQuery,
  ConsoleSurveysQuery,
  ConsoleThemeSuggestionsQuery,
  ConsoleUpdateSurveyMutation,
  CreateSurveyInput,
  Role,
  SurveyLinkInput,
  UpdateSurveyInput,
  WidgetTextKey,
} from './__generated__/operations.ts';
import {
  ACCEPT_INVITATION,
  CHANGE_PASSWORD,
  CREATE_READ_TOKEN,
  CREATE_SURVEY,
  DELETE_SURVEY,
  INSTALLATIONS,
  INVITATION,
  INVITE,
  ME,
  ONE_SURVEY,
  PEOPLE,
  READ_TOKENS,
  REVOKE_INVITATION,
  REVOKE_READ_TOKEN,
  ROTATE_LINK_KEY,
  SET_ROLE,
  SET_UP,
  SIGN_IN,
  SIGN_OUT,
  SURVEY_LINKS,
  SURVEYS,
  THEME_SUGGESTIONS,
  UPDATE_SURVEY,
} from './operations.ts';

export type { CreateSurveyInput, SurveyLinkInput, UpdateSurveyInput, WidgetTextKey };
export type SurveyLinks = ConsoleSurveyLinksQuery['surveyLinks'][number];
export type ConsoleSurvey = ConsoleSurveyFragment;
export type Installation = ConsoleInstallationsQuery['survey']['installations'][number];
export type ThemeSuggestion = ConsoleThemeSuggestionsQuery['survey']['themeSuggestions'][number];
export type ReadToken = ConsoleReadTokensQuery['readTokens'][number];
export type Deletion = ConsoleDeleteSurveyMutation['deleteSurvey'];

export type Account = ConsoleSignInMutation['signIn'];

/** Signs a person in: the answer sets this origin's session cookie. */
export async function signIn(endpoint: string, email: string, password: string): Promise<Account> {
  return (await request<ConsoleSignInMutation>(endpoint, SIGN_IN, { email, password }, undefined, true))
    .signIn;
}

/** Makes the first owner's account with the setup link's code, and signs them in. */
export async function setUp(
  endpoint: string,
  code: string,
  email: string,
  password: string,
): Promise<Account> {
  const data = await request<ConsoleSetUpMutation>(
    endpoint,
    SET_UP,
    { code, email, password },
    undefined,
    true,
  );
  return data.setUpFirstOwner;
}

export type People = ConsolePeopleQuery;
export type Member = ConsolePeopleQuery['members'][number];
export type PendingInvitation = ConsolePeopleQuery['invitations'][number];
export type AuditEntry = ConsolePeopleQuery['auditLog'][number];
export type InvitationPreview = ConsoleInvitationQuery['invitation'];
export type { Role };

/** What an invitation's link offers (NOT_FOUND when it is unknown, used, revoked or expired). */
export async function previewInvitation(endpoint: string, code: string): Promise<InvitationPreview> {
  return (await request<ConsoleInvitationQuery>(endpoint, INVITATION, { code })).invitation;
}

/** Accepts an invitation: the answer sets this origin's session cookie. */
export async function acceptInvitation(endpoint: string, code: string, password: string): Promise<Account> {
  const data = await request<ConsoleAcceptInvitationMutation>(
    endpoint,
    ACCEPT_INVITATION,
    { code, password },
    undefined,
    true,
  );
  return data.acceptInvitation;
}

/** The console's reads and writes, as a person signed in (`token` null: the session cookie) or the admin token. */
export class ConsoleClient extends TokenClient {
  /** The person signed in by this origin's session cookie; null with a token. */
  async me(): Promise<Account | null> {
    return (await this.request<ConsoleMeQuery>(ME)).me;
  }

  async surveys(): Promise<ConsoleSurvey[]> {
    return (await this.request<ConsoleSurveysQuery>(SURVEYS)).surveys;
  }

  /** One survey as it is now (NOT_FOUND once deleted). */
  async survey(id: string): Promise<ConsoleSurvey> {
    return (await this.request<ConsoleSurveyQuery>(ONE_SURVEY, { id })).survey;
  }

  async create(input: CreateSurveyInput): Promise<ConsoleSurvey> {
    return (await this.request<ConsoleCreateSurveyMutation>(CREATE_SURVEY, { input })).createSurvey;
  }

  /** Saves a change made on `input.expectedVersion`; a survey changed since is refused with `CONFLICT`. */
  async update(id: string, input: UpdateSurveyInput): Promise<ConsoleSurvey> {
    return (await this.request<ConsoleUpdateSurveyMutation>(UPDATE_SURVEY, { id, input })).updateSurvey;
  }

  async delete(id: string, confirmBrand: string): Promise<Deletion> {
    return (await this.request<ConsoleDeleteSurveyMutation>(DELETE_SURVEY, { id, confirmBrand }))
      .deleteSurvey;
  }

  /** One recipient's signed links and email snippet. */
  async surveyLinks(id: string, recipient: SurveyLinkInput): Promise<SurveyLinks> {
    const data = await this.request<ConsoleSurveyLinksQuery>(SURVEY_LINKS, { id, recipient });
    return data.surveyLinks[0] as SurveyLinks;
  }

  async rotateLinkKey(id: string): Promise<void> {
    await this.request(ROTATE_LINK_KEY, { id });
  }

  /** Cue words the survey's corrections suggest (with the right to read its answers). */
  async themeSuggestions(id: string): Promise<ThemeSuggestion[]> {
    return (await this.request<ConsoleThemeSuggestionsQuery>(THEME_SUGGESTIONS, { id })).survey
      .themeSuggestions;
  }

  async installations(id: string): Promise<Installation[]> {
    return (await this.request<ConsoleInstallationsQuery>(INSTALLATIONS, { id })).survey.installations;
  }

  async readTokens(surveyId: string): Promise<ReadToken[]> {
    return (await this.request<ConsoleReadTokensQuery>(READ_TOKENS, { surveyId })).readTokens;
  }

  /** A new read token; its secret is in the answer this once. */
  async createReadToken(surveyId: string, label: string) {
    return (await this.request<ConsoleCreateReadTokenMutation>(CREATE_READ_TOKEN, { surveyId, label }))
      .createReadToken;
  }

  async revokeReadToken(id: string): Promise<void> {
    await this.request(REVOKE_READ_TOKEN, { id });
  }

  async people(surveyId: string): Promise<People> {
    return this.request<ConsolePeopleQuery>(PEOPLE, { surveyId });
  }

  /** Invites an email address with a role; the code of the link, shown this once. */
  async invite(surveyId: string, email: string, role: Role): Promise<string> {
    return (await this.request<ConsoleInviteMutation>(INVITE, { surveyId, email, role })).inviteMember.code;
  }

  async revokeInvitation(id: string): Promise<void> {
    await this.request(REVOKE_INVITATION, { id });
  }

  /** Gives a person another role on the survey, or none (null). */
  async setRole(surveyId: string, userId: string, role: Role | null): Promise<void> {
    await this.request(SET_ROLE, { surveyId, userId, role });
  }

  /** Changes the person's password; their other sessions end. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.request(CHANGE_PASSWORD, { currentPassword, newPassword });
  }

  /** Ends the person's session, on every instance (nothing for the admin token itself). */
  async signOut(): Promise<void> {
    await this.request(SIGN_OUT);
  }
}
