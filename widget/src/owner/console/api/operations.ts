/**
 * The owner console's operations: a person's, with their session cookie, or the admin token's. Types generated into
 * `__generated__/`.
 */

export const ME = /* GraphQL */ `
  query ConsoleMe {
    me { id email }
  }
`;

export const SET_UP = /* GraphQL */ `
  mutation ConsoleSetUp($code: String!, $email: String!, $password: String!) {
    setUpFirstOwner(code: $code, email: $email, password: $password) { id email }
  }
`;

export const SIGN_IN = /* GraphQL */ `
  mutation ConsoleSignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) { id email }
  }
`;

export const SIGN_OUT = /* GraphQL */ `
  mutation ConsoleSignOut {
    signOut
  }
`;

/** Everything the console edits of a survey; sent along with each operation that spreads it. */
const SURVEY = /* GraphQL */ `
  fragment ConsoleSurvey on Survey {
    id siteKey brand languages defaultLanguage markets allowedOrigins recontactDays retentionDays sampleRate
    delaySeconds minResponses active archived version createdAt updatedAt access
    texts { language key text }
    customThemes { code texts { language name cues } }
    themeCues { theme language cues }
    reclassification { total done changed finishedAt }
  }
`;

export const SURVEYS = /* GraphQL */ `
  query ConsoleSurveys {
    surveys { ...ConsoleSurvey }
  }
  ${SURVEY}
`;

export const ONE_SURVEY = /* GraphQL */ `
  query ConsoleSurvey($id: ID!) {
    survey(id: $id) { ...ConsoleSurvey }
  }
  ${SURVEY}
`;

export const THEME_SUGGESTIONS = /* GraphQL */ `
  query ConsoleThemeSuggestions($id: ID!) {
    survey(id: $id) { id themeSuggestions { theme custom language cue comments } }
  }
`;

export const INSTALLATIONS = /* GraphQL */ `
  query ConsoleInstallations($id: ID!) {
    survey(id: $id) { id installations { origin lastSeenAt } }
  }
`;

export const SURVEY_LINKS = /* GraphQL */ `
  query ConsoleSurveyLinks($id: ID!, $recipient: SurveyLinkInput!) {
    surveyLinks(surveyId: $id, recipients: [$recipient]) {
      language pageUrl html text expiresAt customerAnsweredRecently
    }
  }
`;

export const ROTATE_LINK_KEY = /* GraphQL */ `
  mutation ConsoleRotateLinkKey($id: ID!) {
    rotateSurveyLinkKey(surveyId: $id) { id }
  }
`;

export const CREATE_SURVEY = /* GraphQL */ `
  mutation ConsoleCreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) { ...ConsoleSurvey }
  }
  ${SURVEY}
`;

export const UPDATE_SURVEY = /* GraphQL */ `
  mutation ConsoleUpdateSurvey($id: ID!, $input: UpdateSurveyInput!) {
    updateSurvey(id: $id, input: $input) { ...ConsoleSurvey }
  }
  ${SURVEY}
`;

export const DELETE_SURVEY = /* GraphQL */ `
  mutation ConsoleDeleteSurvey($id: ID!, $confirmBrand: String!) {
    deleteSurvey(id: $id, confirmBrand: $confirmBrand) { surveyId responses readTokens webhooks at }
  }
`;

export const READ_TOKENS = /* GraphQL */ `
  query ConsoleReadTokens($surveyId: ID!) {
    readTokens(surveyId: $surveyId) { id label createdAt }
  }
`;

export const CREATE_READ_TOKEN = /* GraphQL */ `
  mutation ConsoleCreateReadToken($surveyId: ID!, $label: String!) {
    createReadToken(surveyId: $surveyId, label: $label) { token readToken { id label createdAt } }
  }
`;

export const REVOKE_READ_TOKEN = /* GraphQL */ `
  mutation ConsoleRevokeReadToken($id: ID!) {
    revokeReadToken(id: $id)
  }
`;

export const PEOPLE = /* GraphQL */ `
  query ConsolePeople($surveyId: ID!) {
    members(surveyId: $surveyId) { user { id email } role surveyId }
    invitations(surveyId: $surveyId) { id email role expiresAt }
    auditLog(surveyId: $surveyId, first: 50) { at by action detail }
  }
`;

export const INVITE = /* GraphQL */ `
  mutation ConsoleInvite($surveyId: ID!, $email: String!, $role: Role!) {
    inviteMember(surveyId: $surveyId, email: $email, role: $role) { code }
  }
`;

export const REVOKE_INVITATION = /* GraphQL */ `
  mutation ConsoleRevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`;

export const SET_ROLE = /* GraphQL */ `
  mutation ConsoleSetRole($surveyId: ID!, $userId: ID!, $role: Role) {
    setMemberRole(surveyId: $surveyId, userId: $userId, role: $role)
  }
`;

export const INVITATION = /* GraphQL */ `
  query ConsoleInvitation($code: String!) {
    invitation(code: $code) { email role brand hasAccount }
  }
`;

export const ACCEPT_INVITATION = /* GraphQL */ `
  mutation ConsoleAcceptInvitation($code: String!, $password: String!) {
    acceptInvitation(code: $code, password: $password) { id email }
  }
`;

export const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ConsoleChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`;
