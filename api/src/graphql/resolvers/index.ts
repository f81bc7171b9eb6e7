import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { acceptInvitation } from './Mutation/acceptInvitation.ts';
import { changePassword } from './Mutation/changePassword.ts';
import { correctCustomTheme } from './Mutation/correctCustomTheme.ts';
import { correctTheme } from './Mutation/correctTheme.ts';
import { createReadToken } from './Mutation/createReadToken.ts';
import { createSurvey } from './Mutation/createSurvey.ts';
import { createWebhook } from './Mutation/createWebhook.ts';
import { deleteSurvey } from './Mutation/deleteSurvey.ts';
import { deleteWebhook } from './Mutation/deleteWebhook.ts';
import { eraseRespondent } from './Mutation/eraseRespondent.ts';
import { eraseResponse } from './Mutation/eraseResponse.ts';
import { importResponses } from './Mutation/importResponses.ts';
import { inviteMember } from './Mutation/inviteMember.ts';
import { rebuildNpsAggregates } from './Mutation/rebuildNpsAggregates.ts';
import { reclassifyComments } from './Mutation/reclassifyComments.ts';
import { recordFollowUp } from './Mutation/recordFollowUp.ts';
import { redeliverWebhook } from './Mutation/redeliverWebhook.ts';
import { revokeInvitation } from './Mutation/revokeInvitation.ts';
import { revokeReadToken } from './Mutation/revokeReadToken.ts';
import { rotateSurveyLinkKey } from './Mutation/rotateSurveyLinkKey.ts';
import { rotateWebhookSecret } from './Mutation/rotateWebhookSecret.ts';
import { runRetentionPurge } from './Mutation/runRetentionPurge.ts';
import { setMemberRole } from './Mutation/setMemberRole.ts';
import { setUpFirstOwner } from './Mutation/setUpFirstOwner.ts';
import { signIn } from './Mutation/signIn.ts';
import { signOut } from './Mutation/signOut.ts';
import { submitResponse } from './Mutation/submitResponse.ts';
import { testWebhook } from './Mutation/testWebhook.ts';
import { updateSurvey } from './Mutation/updateSurvey.ts';
import { updateWebhook } from './Mutation/updateWebhook.ts';
import { auditLog } from './Query/auditLog.ts';
import { followUpQueue } from './Query/followUpQueue.ts';
import { followUpReasons } from './Query/followUpReasons.ts';
import { health } from './Query/health.ts';
import { invitation } from './Query/invitation.ts';
import { invitations } from './Query/invitations.ts';
import { me } from './Query/me.ts';
import { members } from './Query/members.ts';
import { nps } from './Query/nps.ts';
import { readTokens } from './Query/readTokens.ts';
import { respondentData } from './Query/respondentData.ts';
import { responses } from './Query/responses.ts';
import { retentionStatus } from './Query/retentionStatus.ts';
import { survey } from './Query/survey.ts';
import { surveyConfig } from './Query/surveyConfig.ts';
import { surveyLinks } from './Query/surveyLinks.ts';
import { surveys } from './Query/surveys.ts';
import { themes } from './Query/themes.ts';
import { webhookDeliveries } from './Query/webhookDeliveries.ts';
import { webhooks } from './Query/webhooks.ts';
import { surveyId as readTokenSurveyId } from './ReadToken/surveyId.ts';
import { customThemeCorrections } from './Response/customThemeCorrections.ts';
import { customThemeMatches } from './Response/customThemeMatches.ts';
import { customThemes } from './Response/customThemes.ts';
import { surveyId as responseSurveyId } from './Response/surveyId.ts';
import { themeCorrections } from './Response/themeCorrections.ts';
import { themeMatches } from './Response/themeMatches.ts';
import { themes as responseThemes } from './Response/themes.ts';
import { access } from './Survey/access.ts';
import { installations } from './Survey/installations.ts';
import { reclassification } from './Survey/reclassification.ts';
import { themeSuggestions } from './Survey/themeSuggestions.ts';
import { filter as webhookFilter } from './Webhook/filter.ts';
import { surveyId as webhookSurveyId } from './Webhook/surveyId.ts';
import { createdAt as deliveryCreatedAt } from './WebhookDelivery/createdAt.ts';
import { id as deliveryId } from './WebhookDelivery/id.ts';

/** Every resolver, one file per field under `<Type>/<field>.ts`, checked against the SDL by the generated type. */
export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Query: {
    health,
    me,
    members,
    invitations,
    auditLog,
    invitation,
    survey,
    surveys,
    readTokens,
    surveyLinks,
    surveyConfig,
    responses,
    nps,
    themes,
    followUpQueue,
    followUpReasons,
    respondentData,
    retentionStatus,
    webhooks,
    webhookDeliveries,
  },
  Mutation: {
    createSurvey,
    updateSurvey,
    createReadToken,
    revokeReadToken,
    deleteSurvey,
    setUpFirstOwner,
    signIn,
    signOut,
    changePassword,
    inviteMember,
    revokeInvitation,
    acceptInvitation,
    setMemberRole,
    submitResponse,
    rebuildNpsAggregates,
    reclassifyComments,
    recordFollowUp,
    correctTheme,
    correctCustomTheme,
    eraseRespondent,
    eraseResponse,
    importResponses,
    runRetentionPurge,
    createWebhook,
    updateWebhook,
    deleteWebhook,
    rotateWebhookSecret,
    rotateSurveyLinkKey,
    redeliverWebhook,
    testWebhook,
  },
  Response: {
    surveyId: responseSurveyId,
    themes: responseThemes,
    themeMatches,
    themeCorrections,
    customThemes,
    customThemeMatches,
    customThemeCorrections,
  },
  Survey: { installations, access, reclassification, themeSuggestions },
  ReadToken: { surveyId: readTokenSurveyId },
  Webhook: { surveyId: webhookSurveyId, filter: webhookFilter },
  WebhookDelivery: { id: deliveryId, createdAt: deliveryCreatedAt },
};
