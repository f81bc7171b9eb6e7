import type * as Types from '@nps/schema/types';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SurveyDoc, StoredQuestionOverride } from '../../models/survey.model.ts';
import type { StoredSurveyText } from '../../models/survey-text.ts';
import type { ResponseDoc } from '../../models/response.model.ts';
import type { TokenDoc } from '../../models/token.model.ts';
import type { WebhookDoc } from '../../models/webhook.model.ts';
import type { StoredWebhookDelivery } from '../../models/webhook-delivery.model.ts';
import type { Context } from '../context.ts';
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };


export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Types.Maybe<TTypes> | Promise<Types.Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<Types.Account>;
  AuditAction: Types.AuditAction;
  AuditEntry: ResolverTypeWrapper<Types.AuditEntry>;
  Boolean: ResolverTypeWrapper<Types.Scalars['Boolean']['output']>;
  Channel: Types.Channel;
  CreateReadTokenPayload: ResolverTypeWrapper<Omit<Types.CreateReadTokenPayload, 'readToken'> & { readToken: ResolversTypes['ReadToken'] }>;
  CreateSurveyInput: Types.CreateSurveyInput;
  CreateWebhookInput: Types.CreateWebhookInput;
  CreatedInvitation: ResolverTypeWrapper<Types.CreatedInvitation>;
  CustomTheme: ResolverTypeWrapper<Types.CustomTheme>;
  CustomThemeCorrection: ResolverTypeWrapper<Types.CustomThemeCorrection>;
  CustomThemeCount: ResolverTypeWrapper<Types.CustomThemeCount>;
  CustomThemeInput: Types.CustomThemeInput;
  CustomThemeMatch: ResolverTypeWrapper<Types.CustomThemeMatch>;
  CustomThemeText: ResolverTypeWrapper<Types.CustomThemeText>;
  CustomThemeTextInput: Types.CustomThemeTextInput;
  DateTime: ResolverTypeWrapper<Types.Scalars['DateTime']['output']>;
  Erasure: ResolverTypeWrapper<Types.Erasure>;
  ErrorCode: Types.ErrorCode;
  Float: ResolverTypeWrapper<Types.Scalars['Float']['output']>;
  FollowUp: ResolverTypeWrapper<Types.FollowUp>;
  FollowUpReason: Types.FollowUpReason;
  FollowUpReasonCount: ResolverTypeWrapper<Types.FollowUpReasonCount>;
  FollowUpTask: ResolverTypeWrapper<Omit<Types.FollowUpTask, 'response'> & { response: ResolversTypes['Response'] }>;
  Health: ResolverTypeWrapper<Types.Health>;
  ID: ResolverTypeWrapper<Types.Scalars['ID']['output']>;
  ImportResult: ResolverTypeWrapper<Types.ImportResult>;
  Int: ResolverTypeWrapper<Types.Scalars['Int']['output']>;
  Invitation: ResolverTypeWrapper<Types.Invitation>;
  InvitationPreview: ResolverTypeWrapper<Types.InvitationPreview>;
  JSON: ResolverTypeWrapper<Types.Scalars['JSON']['output']>;
  Member: ResolverTypeWrapper<Types.Member>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NpsCategory: Types.NpsCategory;
  NpsChange: ResolverTypeWrapper<Types.NpsChange>;
  NpsComparison: Types.NpsComparison;
  NpsDimension: Types.NpsDimension;
  NpsFilter: Types.NpsFilter;
  NpsReport: ResolverTypeWrapper<Types.NpsReport>;
  NpsScore: ResolverTypeWrapper<Types.NpsScore>;
  NpsSegment: ResolverTypeWrapper<Types.NpsSegment>;
  PageInfo: ResolverTypeWrapper<Types.PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuestionOverride: ResolverTypeWrapper<StoredQuestionOverride>;
  QuestionOverrideInput: Types.QuestionOverrideInput;
  ReadToken: ResolverTypeWrapper<TokenDoc>;
  Reclassification: ResolverTypeWrapper<Types.Reclassification>;
  RecordFollowUpInput: Types.RecordFollowUpInput;
  Response: ResolverTypeWrapper<ResponseDoc>;
  ResponseConnection: ResolverTypeWrapper<Omit<Types.ResponseConnection, 'edges'> & { edges: Array<ResolversTypes['ResponseEdge']> }>;
  ResponseEdge: ResolverTypeWrapper<Omit<Types.ResponseEdge, 'node'> & { node: ResolversTypes['Response'] }>;
  ResponseFilter: Types.ResponseFilter;
  RetentionStatus: ResolverTypeWrapper<Types.RetentionStatus>;
  Role: Types.Role;
  String: ResolverTypeWrapper<Types.Scalars['String']['output']>;
  SubmitResponseInput: Types.SubmitResponseInput;
  SubmitResponsePayload: ResolverTypeWrapper<Types.SubmitResponsePayload>;
  SubmittedResponse: ResolverTypeWrapper<Types.SubmittedResponse>;
  Survey: ResolverTypeWrapper<SurveyDoc>;
  SurveyConfig: ResolverTypeWrapper<Omit<Types.SurveyConfig, 'questionOverrides' | 'texts'> & { questionOverrides: Array<ResolversTypes['QuestionOverride']>, texts: Array<ResolversTypes['SurveyText']> }>;
  SurveyDeletion: ResolverTypeWrapper<Types.SurveyDeletion>;
  SurveyInstallation: ResolverTypeWrapper<Types.SurveyInstallation>;
  SurveyLinkInput: Types.SurveyLinkInput;
  SurveyLinks: ResolverTypeWrapper<Types.SurveyLinks>;
  SurveyRight: Types.SurveyRight;
  SurveyText: ResolverTypeWrapper<StoredSurveyText>;
  SurveyTextInput: Types.SurveyTextInput;
  ThemeCorrection: ResolverTypeWrapper<Types.ThemeCorrection>;
  ThemeCount: ResolverTypeWrapper<Types.ThemeCount>;
  ThemeCueWords: ResolverTypeWrapper<Types.ThemeCueWords>;
  ThemeCueWordsInput: Types.ThemeCueWordsInput;
  ThemeMatch: ResolverTypeWrapper<Types.ThemeMatch>;
  ThemeReport: ResolverTypeWrapper<Types.ThemeReport>;
  ThemeSegment: ResolverTypeWrapper<Types.ThemeSegment>;
  ThemeSource: Types.ThemeSource;
  ThemeSuggestion: ResolverTypeWrapper<Types.ThemeSuggestion>;
  TimeBucket: Types.TimeBucket;
  UpdateSurveyInput: Types.UpdateSurveyInput;
  UpdateWebhookInput: Types.UpdateWebhookInput;
  Webhook: ResolverTypeWrapper<WebhookDoc>;
  WebhookDelivery: ResolverTypeWrapper<StoredWebhookDelivery>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<Types.WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<Types.WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: Types.WebhookDeliveryStatus;
  WebhookEvent: Types.WebhookEvent;
  WebhookFilter: ResolverTypeWrapper<Types.WebhookFilter>;
  WebhookFilterInput: Types.WebhookFilterInput;
  WebhookFormat: Types.WebhookFormat;
  WebhookWithSecret: ResolverTypeWrapper<Omit<Types.WebhookWithSecret, 'webhook'> & { webhook: ResolversTypes['Webhook'] }>;
  WidgetTextKey: Types.WidgetTextKey;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: Types.Account;
  AuditEntry: Types.AuditEntry;
  Boolean: Types.Scalars['Boolean']['output'];
  CreateReadTokenPayload: Omit<Types.CreateReadTokenPayload, 'readToken'> & { readToken: ResolversParentTypes['ReadToken'] };
  CreateSurveyInput: Types.CreateSurveyInput;
  CreateWebhookInput: Types.CreateWebhookInput;
  CreatedInvitation: Types.CreatedInvitation;
  CustomTheme: Types.CustomTheme;
  CustomThemeCorrection: Types.CustomThemeCorrection;
  CustomThemeCount: Types.CustomThemeCount;
  CustomThemeInput: Types.CustomThemeInput;
  CustomThemeMatch: Types.CustomThemeMatch;
  CustomThemeText: Types.CustomThemeText;
  CustomThemeTextInput: Types.CustomThemeTextInput;
  DateTime: Types.Scalars['DateTime']['output'];
  Erasure: Types.Erasure;
  Float: Types.Scalars['Float']['output'];
  FollowUp: Types.FollowUp;
  FollowUpReasonCount: Types.FollowUpReasonCount;
  FollowUpTask: Omit<Types.FollowUpTask, 'response'> & { response: ResolversParentTypes['Response'] };
  Health: Types.Health;
  ID: Types.Scalars['ID']['output'];
  ImportResult: Types.ImportResult;
  Int: Types.Scalars['Int']['output'];
  Invitation: Types.Invitation;
  InvitationPreview: Types.InvitationPreview;
  JSON: Types.Scalars['JSON']['output'];
  Member: Types.Member;
  Mutation: Record<PropertyKey, never>;
  NpsChange: Types.NpsChange;
  NpsComparison: Types.NpsComparison;
  NpsFilter: Types.NpsFilter;
  NpsReport: Types.NpsReport;
  NpsScore: Types.NpsScore;
  NpsSegment: Types.NpsSegment;
  PageInfo: Types.PageInfo;
  Query: Record<PropertyKey, never>;
  QuestionOverride: StoredQuestionOverride;
  QuestionOverrideInput: Types.QuestionOverrideInput;
  ReadToken: TokenDoc;
  Reclassification: Types.Reclassification;
  RecordFollowUpInput: Types.RecordFollowUpInput;
  Response: ResponseDoc;
  ResponseConnection: Omit<Types.ResponseConnection, 'edges'> & { edges: Array<ResolversParentTypes['ResponseEdge']> };
  ResponseEdge: Omit<Types.ResponseEdge, 'node'> & { node: ResolversParentTypes['Response'] };
  ResponseFilter: Types.ResponseFilter;
  RetentionStatus: Types.RetentionStatus;
  String: Types.Scalars['String']['output'];
  SubmitResponseInput: Types.SubmitResponseInput;
  SubmitResponsePayload: Types.SubmitResponsePayload;
  SubmittedResponse: Types.SubmittedResponse;
  Survey: SurveyDoc;
  SurveyConfig: Omit<Types.SurveyConfig, 'questionOverrides' | 'texts'> & { questionOverrides: Array<ResolversParentTypes['QuestionOverride']>, texts: Array<ResolversParentTypes['SurveyText']> };
  SurveyDeletion: Types.SurveyDeletion;
  SurveyInstallation: Types.SurveyInstallation;
  SurveyLinkInput: Types.SurveyLinkInput;
  SurveyLinks: Types.SurveyLinks;
  SurveyText: StoredSurveyText;
  SurveyTextInput: Types.SurveyTextInput;
  ThemeCorrection: Types.ThemeCorrection;
  ThemeCount: Types.ThemeCount;
  ThemeCueWords: Types.ThemeCueWords;
  ThemeCueWordsInput: Types.ThemeCueWordsInput;
  ThemeMatch: Types.ThemeMatch;
  ThemeReport: Types.ThemeReport;
  ThemeSegment: Types.ThemeSegment;
  ThemeSuggestion: Types.ThemeSuggestion;
  UpdateSurveyInput: Types.UpdateSurveyInput;
  UpdateWebhookInput: Types.UpdateWebhookInput;
  Webhook: WebhookDoc;
  WebhookDelivery: StoredWebhookDelivery;
  WebhookDeliveryConnection: Omit<Types.WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<Types.WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookFilter: Types.WebhookFilter;
  WebhookFilterInput: Types.WebhookFilterInput;
  WebhookWithSecret: Omit<Types.WebhookWithSecret, 'webhook'> & { webhook: ResolversParentTypes['Webhook'] };
};

export type AccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreateReadTokenPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateReadTokenPayload'] = ResolversParentTypes['CreateReadTokenPayload']> = {
  readToken?: Resolver<ResolversTypes['ReadToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreatedInvitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedInvitation'] = ResolversParentTypes['CreatedInvitation']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
};

export type CustomThemeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomTheme'] = ResolversParentTypes['CustomTheme']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  texts?: Resolver<Array<ResolversTypes['CustomThemeText']>, ParentType, ContextType>;
};

export type CustomThemeCorrectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomThemeCorrection'] = ResolversParentTypes['CustomThemeCorrection']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CustomThemeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomThemeCount'] = ResolversParentTypes['CustomThemeCount']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detractorPercent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  detractors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passivePercent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  passives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  promoterPercent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  promoters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomThemeMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomThemeMatch'] = ResolversParentTypes['CustomThemeMatch']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomThemeTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomThemeText'] = ResolversParentTypes['CustomThemeText']> = {
  cues?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ErasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Erasure'] = ResolversParentTypes['Erasure']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surveyIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type FollowUpResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['FollowUpReason']>, ParentType, ContextType>;
};

export type FollowUpReasonCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUpReasonCount'] = ResolversParentTypes['FollowUpReasonCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['FollowUpReason'], ParentType, ContextType>;
};

export type FollowUpTaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUpTask'] = ResolversParentTypes['FollowUpTask']> = {
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  response?: Resolver<ResolversTypes['Response'], ParentType, ContextType>;
  secondsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  database?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  erased?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InvitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  surveyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type InvitationPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvitationPreview'] = ResolversParentTypes['InvitationPreview']> = {
  brand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  surveyId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptInvitation?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<Types.MutationAcceptInvitationArgs, 'code' | 'password'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<Types.MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  correctCustomTheme?: Resolver<ResolversTypes['Response'], ParentType, ContextType, RequireFields<Types.MutationCorrectCustomThemeArgs, 'code' | 'responseId'>>;
  correctTheme?: Resolver<ResolversTypes['Response'], ParentType, ContextType, RequireFields<Types.MutationCorrectThemeArgs, 'responseId' | 'theme'>>;
  createReadToken?: Resolver<ResolversTypes['CreateReadTokenPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateReadTokenArgs, 'label' | 'surveyId'>>;
  createSurvey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<Types.MutationCreateSurveyArgs, 'input'>>;
  createWebhook?: Resolver<ResolversTypes['WebhookWithSecret'], ParentType, ContextType, RequireFields<Types.MutationCreateWebhookArgs, 'input'>>;
  deleteSurvey?: Resolver<ResolversTypes['SurveyDeletion'], ParentType, ContextType, RequireFields<Types.MutationDeleteSurveyArgs, 'confirmBrand' | 'id'>>;
  deleteWebhook?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<Types.MutationDeleteWebhookArgs, 'id'>>;
  eraseRespondent?: Resolver<ResolversTypes['Erasure'], ParentType, ContextType, RequireFields<Types.MutationEraseRespondentArgs, 'customerId'>>;
  eraseResponse?: Resolver<ResolversTypes['Erasure'], ParentType, ContextType, RequireFields<Types.MutationEraseResponseArgs, 'id'>>;
  importResponses?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<Types.MutationImportResponsesArgs, 'csv' | 'surveyId'>>;
  inviteMember?: Resolver<ResolversTypes['CreatedInvitation'], ParentType, ContextType, RequireFields<Types.MutationInviteMemberArgs, 'email' | 'role' | 'surveyId'>>;
  rebuildNpsAggregates?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<Types.MutationRebuildNpsAggregatesArgs, 'surveyId'>>;
  reclassifyComments?: Resolver<ResolversTypes['Reclassification'], ParentType, ContextType, RequireFields<Types.MutationReclassifyCommentsArgs, 'surveyId'>>;
  recordFollowUp?: Resolver<ResolversTypes['Response'], ParentType, ContextType, RequireFields<Types.MutationRecordFollowUpArgs, 'input'>>;
  redeliverWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<Types.MutationRedeliverWebhookArgs, 'deliveryId' | 'webhookId'>>;
  revokeInvitation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<Types.MutationRevokeInvitationArgs, 'id'>>;
  revokeReadToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<Types.MutationRevokeReadTokenArgs, 'id'>>;
  rotateSurveyLinkKey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<Types.MutationRotateSurveyLinkKeyArgs, 'surveyId'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['WebhookWithSecret'], ParentType, ContextType, RequireFields<Types.MutationRotateWebhookSecretArgs, 'id'>>;
  runRetentionPurge?: Resolver<ResolversTypes['RetentionStatus'], ParentType, ContextType>;
  setMemberRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<Types.MutationSetMemberRoleArgs, 'surveyId' | 'userId'>>;
  setUpFirstOwner?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<Types.MutationSetUpFirstOwnerArgs, 'code' | 'email' | 'password'>>;
  signIn?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<Types.MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submitResponse?: Resolver<ResolversTypes['SubmitResponsePayload'], ParentType, ContextType, RequireFields<Types.MutationSubmitResponseArgs, 'input'>>;
  testWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<Types.MutationTestWebhookArgs, 'id'>>;
  updateSurvey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<Types.MutationUpdateSurveyArgs, 'id' | 'input'>>;
  updateWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<Types.MutationUpdateWebhookArgs, 'id' | 'input'>>;
};

export type NpsChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NpsChange'] = ResolversParentTypes['NpsChange']> = {
  marginOfError?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  points?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['NpsScore'], ParentType, ContextType>;
  significant?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type NpsReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NpsReport'] = ResolversParentTypes['NpsReport']> = {
  overall?: Resolver<ResolversTypes['NpsScore'], ParentType, ContextType>;
  overallChange?: Resolver<Types.Maybe<ResolversTypes['NpsChange']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['NpsSegment']>, ParentType, ContextType>;
};

export type NpsScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NpsScore'] = ResolversParentTypes['NpsScore']> = {
  detractorPercent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  detractors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lowerBound?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  marginOfError?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  nps?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  passivePercent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  passives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promoterPercent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  promoters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NpsSegmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NpsSegment'] = ResolversParentTypes['NpsSegment']> = {
  change?: Resolver<Types.Maybe<ResolversTypes['NpsChange']>, ParentType, ContextType>;
  channel?: Resolver<Types.Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  language?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  market?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['NpsScore'], ParentType, ContextType>;
  significant?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<Types.QueryAuditLogArgs, 'first' | 'surveyId'>>;
  followUpQueue?: Resolver<Array<ResolversTypes['FollowUpTask']>, ParentType, ContextType, RequireFields<Types.QueryFollowUpQueueArgs, 'first' | 'surveyId'>>;
  followUpReasons?: Resolver<Array<ResolversTypes['FollowUpReasonCount']>, ParentType, ContextType, RequireFields<Types.QueryFollowUpReasonsArgs, 'surveyId'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  invitation?: Resolver<ResolversTypes['InvitationPreview'], ParentType, ContextType, RequireFields<Types.QueryInvitationArgs, 'code'>>;
  invitations?: Resolver<Array<ResolversTypes['Invitation']>, ParentType, ContextType, RequireFields<Types.QueryInvitationsArgs, 'surveyId'>>;
  me?: Resolver<Types.Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType, RequireFields<Types.QueryMembersArgs, 'surveyId'>>;
  nps?: Resolver<ResolversTypes['NpsReport'], ParentType, ContextType, RequireFields<Types.QueryNpsArgs, 'surveyId'>>;
  readTokens?: Resolver<Array<ResolversTypes['ReadToken']>, ParentType, ContextType, RequireFields<Types.QueryReadTokensArgs, 'surveyId'>>;
  respondentData?: Resolver<Array<ResolversTypes['Response']>, ParentType, ContextType, RequireFields<Types.QueryRespondentDataArgs, 'customerId'>>;
  responses?: Resolver<ResolversTypes['ResponseConnection'], ParentType, ContextType, RequireFields<Types.QueryResponsesArgs, 'first' | 'surveyId'>>;
  retentionStatus?: Resolver<ResolversTypes['RetentionStatus'], ParentType, ContextType>;
  survey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<Types.QuerySurveyArgs, 'id'>>;
  surveyConfig?: Resolver<ResolversTypes['SurveyConfig'], ParentType, ContextType, RequireFields<Types.QuerySurveyConfigArgs, 'siteKey'>>;
  surveyLinks?: Resolver<Array<ResolversTypes['SurveyLinks']>, ParentType, ContextType, RequireFields<Types.QuerySurveyLinksArgs, 'recipients' | 'surveyId'>>;
  surveys?: Resolver<Array<ResolversTypes['Survey']>, ParentType, ContextType>;
  themes?: Resolver<ResolversTypes['ThemeReport'], ParentType, ContextType, RequireFields<Types.QueryThemesArgs, 'surveyId'>>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<Types.QueryWebhookDeliveriesArgs, 'first' | 'webhookId'>>;
  webhooks?: Resolver<Array<ResolversTypes['Webhook']>, ParentType, ContextType, RequireFields<Types.QueryWebhooksArgs, 'surveyId'>>;
};

export type QuestionOverrideResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuestionOverride'] = ResolversParentTypes['QuestionOverride']> = {
  detractorFollowUp?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passiveFollowUp?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  promoterFollowUp?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  question?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReadTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadToken'] = ResolversParentTypes['ReadToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  surveyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReclassificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Reclassification'] = ResolversParentTypes['Reclassification']> = {
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Response'] = ResolversParentTypes['Response']> = {
  attributes?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['NpsCategory'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  clientResponseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  comment?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customThemeCorrections?: Resolver<Array<ResolversTypes['CustomThemeCorrection']>, ParentType, ContextType>;
  customThemeMatches?: Resolver<Array<ResolversTypes['CustomThemeMatch']>, ParentType, ContextType>;
  customThemes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  followUp?: Resolver<Types.Maybe<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  market?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageUrl?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surveyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  themeCorrections?: Resolver<Array<ResolversTypes['ThemeCorrection']>, ParentType, ContextType>;
  themeMatches?: Resolver<Array<ResolversTypes['ThemeMatch']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['FollowUpReason']>, ParentType, ContextType>;
};

export type ResponseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResponseConnection'] = ResolversParentTypes['ResponseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ResponseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ResponseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResponseEdge'] = ResolversParentTypes['ResponseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Response'], ParentType, ContextType>;
};

export type RetentionStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetentionStatus'] = ResolversParentTypes['RetentionStatus']> = {
  lastMs?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastPurged?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastRunAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nextDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SubmitResponsePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitResponsePayload'] = ResolversParentTypes['SubmitResponsePayload']> = {
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  response?: Resolver<ResolversTypes['SubmittedResponse'], ParentType, ContextType>;
};

export type SubmittedResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmittedResponse'] = ResolversParentTypes['SubmittedResponse']> = {
  category?: Resolver<ResolversTypes['NpsCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SurveyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Survey'] = ResolversParentTypes['Survey']> = {
  access?: Resolver<Array<ResolversTypes['SurveyRight']>, ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  allowedOrigins?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  brand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customThemes?: Resolver<Array<ResolversTypes['CustomTheme']>, ParentType, ContextType>;
  defaultLanguage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  delaySeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installations?: Resolver<Array<ResolversTypes['SurveyInstallation']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  markets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  minResponses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  questionOverrides?: Resolver<Array<ResolversTypes['QuestionOverride']>, ParentType, ContextType>;
  reclassification?: Resolver<Types.Maybe<ResolversTypes['Reclassification']>, ParentType, ContextType>;
  recontactDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retentionDays?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sampleRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  siteKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  texts?: Resolver<Array<ResolversTypes['SurveyText']>, ParentType, ContextType>;
  themeCues?: Resolver<Array<ResolversTypes['ThemeCueWords']>, ParentType, ContextType>;
  themeSuggestions?: Resolver<Array<ResolversTypes['ThemeSuggestion']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurveyConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyConfig'] = ResolversParentTypes['SurveyConfig']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  brand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerAnsweredRecently?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  defaultLanguage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  delaySeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  markets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  questionOverrides?: Resolver<Array<ResolversTypes['QuestionOverride']>, ParentType, ContextType>;
  recontactDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sampleRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  siteKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  texts?: Resolver<Array<ResolversTypes['SurveyText']>, ParentType, ContextType>;
};

export type SurveyDeletionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyDeletion'] = ResolversParentTypes['SurveyDeletion']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  readTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surveyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  webhooks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurveyInstallationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyInstallation'] = ResolversParentTypes['SurveyInstallation']> = {
  lastSeenAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyLinksResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyLinks'] = ResolversParentTypes['SurveyLinks']> = {
  customerAnsweredRecently?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pageUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scoreUrls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyText'] = ResolversParentTypes['SurveyText']> = {
  key?: Resolver<ResolversTypes['WidgetTextKey'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ThemeCorrectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeCorrection'] = ResolversParentTypes['ThemeCorrection']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['FollowUpReason'], ParentType, ContextType>;
};

export type ThemeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeCount'] = ResolversParentTypes['ThemeCount']> = {
  detractorPercent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  detractors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passivePercent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  passives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  promoterPercent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  promoters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['FollowUpReason'], ParentType, ContextType>;
};

export type ThemeCueWordsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeCueWords'] = ResolversParentTypes['ThemeCueWords']> = {
  cues?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['FollowUpReason'], ParentType, ContextType>;
};

export type ThemeMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeMatch'] = ResolversParentTypes['ThemeMatch']> = {
  counted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ThemeSource'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['FollowUpReason'], ParentType, ContextType>;
};

export type ThemeReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeReport'] = ResolversParentTypes['ThemeReport']> = {
  overall?: Resolver<ResolversTypes['ThemeSegment'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['ThemeSegment']>, ParentType, ContextType>;
};

export type ThemeSegmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeSegment'] = ResolversParentTypes['ThemeSegment']> = {
  channel?: Resolver<Types.Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  customThemes?: Resolver<Array<ResolversTypes['CustomThemeCount']>, ParentType, ContextType>;
  language?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  market?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['NpsScore'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['ThemeCount']>, ParentType, ContextType>;
};

export type ThemeSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeSuggestion'] = ResolversParentTypes['ThemeSuggestion']> = {
  comments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  custom?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['WebhookEvent']>, ParentType, ContextType>;
  failingSince?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  filter?: Resolver<ResolversTypes['WebhookFilter'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['WebhookFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdueHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousSecretUntil?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  surveyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['WebhookEvent'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatus?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookFilterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookFilter'] = ResolversParentTypes['WebhookFilter']> = {
  categories?: Resolver<Types.Maybe<Array<ResolversTypes['NpsCategory']>>, ParentType, ContextType>;
  languages?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  markets?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type WebhookWithSecretResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookWithSecret'] = ResolversParentTypes['WebhookWithSecret']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Account?: AccountResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  CreateReadTokenPayload?: CreateReadTokenPayloadResolvers<ContextType>;
  CreatedInvitation?: CreatedInvitationResolvers<ContextType>;
  CustomTheme?: CustomThemeResolvers<ContextType>;
  CustomThemeCorrection?: CustomThemeCorrectionResolvers<ContextType>;
  CustomThemeCount?: CustomThemeCountResolvers<ContextType>;
  CustomThemeMatch?: CustomThemeMatchResolvers<ContextType>;
  CustomThemeText?: CustomThemeTextResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Erasure?: ErasureResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  FollowUpReasonCount?: FollowUpReasonCountResolvers<ContextType>;
  FollowUpTask?: FollowUpTaskResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationPreview?: InvitationPreviewResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Member?: MemberResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NpsChange?: NpsChangeResolvers<ContextType>;
  NpsReport?: NpsReportResolvers<ContextType>;
  NpsScore?: NpsScoreResolvers<ContextType>;
  NpsSegment?: NpsSegmentResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuestionOverride?: QuestionOverrideResolvers<ContextType>;
  ReadToken?: ReadTokenResolvers<ContextType>;
  Reclassification?: ReclassificationResolvers<ContextType>;
  Response?: ResponseResolvers<ContextType>;
  ResponseConnection?: ResponseConnectionResolvers<ContextType>;
  ResponseEdge?: ResponseEdgeResolvers<ContextType>;
  RetentionStatus?: RetentionStatusResolvers<ContextType>;
  SubmitResponsePayload?: SubmitResponsePayloadResolvers<ContextType>;
  SubmittedResponse?: SubmittedResponseResolvers<ContextType>;
  Survey?: SurveyResolvers<ContextType>;
  SurveyConfig?: SurveyConfigResolvers<ContextType>;
  SurveyDeletion?: SurveyDeletionResolvers<ContextType>;
  SurveyInstallation?: SurveyInstallationResolvers<ContextType>;
  SurveyLinks?: SurveyLinksResolvers<ContextType>;
  SurveyText?: SurveyTextResolvers<ContextType>;
  ThemeCorrection?: ThemeCorrectionResolvers<ContextType>;
  ThemeCount?: ThemeCountResolvers<ContextType>;
  ThemeCueWords?: ThemeCueWordsResolvers<ContextType>;
  ThemeMatch?: ThemeMatchResolvers<ContextType>;
  ThemeReport?: ThemeReportResolvers<ContextType>;
  ThemeSegment?: ThemeSegmentResolvers<ContextType>;
  ThemeSuggestion?: ThemeSuggestionResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookFilter?: WebhookFilterResolvers<ContextType>;
  WebhookWithSecret?: WebhookWithSecretResolvers<ContextType>;
};

