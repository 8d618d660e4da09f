'use client'
/**
 * The package entry: the React-free core (src/), the React Query layer (hooks/) and the components
 * (components/). Explicit named exports so bundlers tree-shake what a host does not use.
 */
export { IntegrationsApiError, isIntegrationsApiError } from './errors'
export type { IntegrationsApiErrorInit, IntegrationsErrorKind } from './errors'
export {
  describeError,
  errorDetailParts,
  errorMainLine,
  isRequestIdLike,
  wasRetried,
} from './error-message'
export type {
  DescribeErrorOptions,
  ErrorCause,
  ErrorDescription,
  ErrorPlace,
  ErrorTechnicalDetail,
  ErrorTranslate,
} from './error-message'
export type { AdapterCapabilities, AuthorizeUrlOptions, ConnectionsAdapter } from './adapter'
export { createVaultClient } from './vault/client'
export type { ResourceSettingsBody, VaultClient, VaultClientOptions } from './vault/client'
export { createVaultAdapter, vaultCapabilities } from './vault/adapter'
export { safeUrl } from './safe-url'
export { isSafePathSegment } from './path-segment'
export { openAuthorizeWindow, popupFeatures } from './oauth/window'
export type {
  AuthorizeWindowController,
  OAuthWindowResult,
  OAuthWindowResultType,
  OpenAuthorizeWindowOptions,
} from './oauth/window'
export { handleOAuthCallback } from './oauth/callback'
export type {
  HandleOAuthCallbackOptions,
  OAuthCallbackDelivery,
  OAuthCallbackOutcome,
} from './oauth/callback'
export { isOAuthMessage, OAUTH_BROADCAST_CHANNEL, readOAuthCallbackUrl } from './oauth/messages'
export type {
  OAuthCompleteMessage,
  OAuthErrorMessage,
  OAuthMessage,
  OAuthRevokedMessage,
} from './oauth/messages'
export { resumeSameTabAuthorization, startSameTabAuthorization } from './oauth/same-tab'
export type {
  SameTabResume,
  StartSameTabAuthorizationOptions,
  StartSameTabAuthorizationResult,
} from './oauth/same-tab'
export {
  authorizationPlan,
  defaultRedirectUri,
  missingAuthorizationSettings,
} from './oauth/authorization-plan'
export type { AuthorizationPlan } from './oauth/authorization-plan'
export {
  availableActions,
  isActionApplicable,
  isActionImplemented,
  isManageActionAllowed,
  MANAGE_ACTIONS,
} from './details/allowed-actions'
export type { AvailableActionsOptions, ManageAction } from './details/allowed-actions'
export { createNonce } from './oauth/nonce'
export type * from './types'
export type {
  ConnectMethod,
  IntegrationsCallbacks,
  IntegrationsEvent,
  IntegrationsEventType,
} from './events'
export {
  IntegrationsCallbacksProvider,
  IntegrationsProvider,
  useIntegrationsAdapter,
} from '../hooks/IntegrationsProvider'
export type {
  IntegrationsCallbacksProviderProps,
  IntegrationsProviderProps,
} from '../hooks/IntegrationsProvider'
export { useIntegrationsEvents } from '../hooks/useIntegrationsEvents'
export type { IntegrationsEvents } from '../hooks/useIntegrationsEvents'
export { integrationKeys } from './query/keys'
export type { IntegrationMutationAction } from './query/keys'
export { INTEGRATIONS_STALE_TIME, integrationQueries } from '../hooks/query/integration-queries'
export { createIntegrationsQueryClient } from '../hooks/query/query-client'
export { useConnections } from '../hooks/useConnections'
export { useConnection } from '../hooks/useConnection'
export { useResourceSettings } from '../hooks/useResourceSettings'
export { useAddConnection } from '../hooks/useAddConnection'
export type { AddConnectionVariables } from '../hooks/useAddConnection'
export { useUpdateConnection } from '../hooks/useUpdateConnection'
export type {
  UpdateConnectionContext,
  UpdateConnectionVariables,
} from '../hooks/useUpdateConnection'
export { useDeleteConnection } from '../hooks/useDeleteConnection'
export type { DeleteConnectionVariables } from '../hooks/useDeleteConnection'
export { useImportConnection } from '../hooks/useImportConnection'
export type { ImportConnectionVariables } from '../hooks/useImportConnection'
export { useConnectionToken } from '../hooks/useConnectionToken'
export type { ConnectionTokenVariables } from '../hooks/useConnectionToken'
export { useValidateConnection } from '../hooks/useValidateConnection'
export type { ValidateConnectionVariables } from '../hooks/useValidateConnection'
export { useConfirmConnection } from '../hooks/useConfirmConnection'
export type { ConfirmConnectionVariables } from '../hooks/useConfirmConnection'
export { useUpdateResourceSettings } from '../hooks/useUpdateResourceSettings'
export type { UpdateResourceSettingsVariables } from '../hooks/useUpdateResourceSettings'
export { useAuthorizeConnection } from '../hooks/oauth/useAuthorizeConnection'
export type {
  AuthorizeError,
  AuthorizeOptions,
  AuthorizeStatus,
  UseAuthorizeConnectionOptions,
  UseAuthorizeConnectionResult,
} from '../hooks/oauth/useAuthorizeConnection'
export { useRevokeConnection } from '../hooks/oauth/useRevokeConnection'
export type {
  RevokeError,
  RevokeStatus,
  UseRevokeConnectionOptions,
  UseRevokeConnectionResult,
} from '../hooks/oauth/useRevokeConnection'
export { useResumeSameTabAuthorization } from '../hooks/oauth/useResumeSameTabAuthorization'
export type {
  ResumeSameTabAuthorizationState,
  ResumeStatus,
} from '../hooks/oauth/useResumeSameTabAuthorization'
export {
  MAX_BACKOFF_MS,
  MAX_RETRIES,
  MAX_RETRY_AFTER_MS,
  mutationRetry,
  retryDelay,
  shouldRetryQuery,
} from './query/retry'
export type { MutationSafety } from './query/retry'
export { formatMessage, localeDirection } from './i18n/format'
export type { Message, MessageValues, PluralMessage } from './i18n/format'
export { en } from './i18n/en'
export type { MessageKey, Messages } from './i18n/en'
export { I18nProvider, useDirection, useLocale, useT } from '../components/i18n'
export type { I18nProviderProps, TranslateFn } from '../components/i18n'
export { AuthorizeButton } from '../components/oauth/AuthorizeButton'
export type {
  AuthorizeButtonClassNames,
  AuthorizeButtonProps,
} from '../components/oauth/AuthorizeButton'
export { RevokeButton } from '../components/oauth/RevokeButton'
export type { RevokeButtonClassNames, RevokeButtonProps } from '../components/oauth/RevokeButton'
export { connectionStatus, isConnectionAdded, STATUS_TONES } from './catalog/status'
export type { ConnectionStatus, ConnectionStatusInfo, StatusTone } from './catalog/status'
export { contrastRatio, ensureContrast, parseColor, readableTextColor } from './theme/color'
export { buildCatalog, filterCatalog } from './catalog/catalog'
export type {
  Catalog,
  CatalogFilters,
  CatalogStatusFilter,
  FilteredCatalog,
} from './catalog/catalog'
export { IntegrationsPage } from '../components/IntegrationsPage'
export type {
  IntegrationsPageClassNames,
  IntegrationsPageProps,
} from '../components/IntegrationsPage'
export { IntegrationsRoot } from '../components/IntegrationsRoot'
export type { IntegrationsRootProps } from '../components/IntegrationsRoot'
export type {
  IntegrationsTheme,
  ThemeAppearance,
  ThemeDensity,
  ThemeRadius,
  ThemeStyle,
} from '../components/theme'
export { ConnectorGrid } from '../components/catalog/ConnectorGrid'
export type { ConnectorGridGroup, ConnectorGridProps } from '../components/catalog/ConnectorGrid'
export { ConnectorCard, connectorKey } from '../components/catalog/ConnectorCard'
export type { ConnectorCardProps } from '../components/catalog/ConnectorCard'
export { ConnectorLogo } from '../components/catalog/ConnectorLogo'
export { ConnectionStatusBadge } from '../components/catalog/ConnectionStatusBadge'
export type { ConnectionStatusBadgeProps } from '../components/catalog/ConnectionStatusBadge'
export {
  ConnectionDetails,
  isActionAllowed,
  useConnectionDetails,
} from '../components/details/ConnectionDetails'
export type {
  ConnectionAction,
  ConnectionDetailsContextValue,
  ConnectionDetailsProps,
} from '../components/details/ConnectionDetails'
export {
  ConnectionPanelSections,
  ConnectionPrimaryAction,
} from '../components/details/ConnectionPanelBody'
export type {
  ConnectionPanelOptions,
  ConnectionPanelSectionsProps,
  ConnectionPrimaryActionProps,
} from '../components/details/ConnectionPanelBody'
export { detailsLayout } from './details/layout'
export type { DetailsLayout, DetailsLayoutOptions, PrimaryAction } from './details/layout'
export { CatalogSearch } from '../components/catalog/CatalogSearch'
export { CatalogFilter } from '../components/catalog/CatalogFilter'
export {
  CatalogEmpty,
  CatalogError,
  CatalogNoMatch,
  CatalogSkeleton,
} from '../components/catalog/CatalogStates'
export {
  FORM_FIELD_TYPES,
  coerceFieldValue,
  fieldKey,
  fieldName,
  flattenOptions,
  fromFieldKey,
  fromFormValues,
  hasOption,
  isEmptyValue,
  isHiddenField,
  isOptionGroup,
  missingRequired,
  missingRequiredDefaults,
  normaliseFieldType,
  normaliseFields,
  normaliseOptions,
  optionsFor,
  rulesFor,
  serverFieldErrors,
  sortRequiredFirst,
  stripAdornments,
  toDefaultValues,
  toFormValues,
  toResourceDefaults,
  validateFieldValue,
  visibleFields,
} from './forms/form-fields'
export type { FieldRules, SettingsFormValues } from './forms/form-fields'
export type { FormsMessageKey } from './i18n/forms/en'
export { defaultFieldRegistry } from '../components/forms/fields/registry'
export {
  FieldRegistryProvider,
  useFieldRegistry,
} from '../components/forms/fields/FieldRegistryProvider'
export type { FieldRegistryProviderProps } from '../components/forms/fields/FieldRegistryProvider'
export type {
  FieldComponent,
  FieldComponentProps,
  FieldRegistry,
  FieldRegistryOverrides,
} from '../components/forms/fields/types'
export { FieldList } from '../components/forms/fields/FieldList'
export type { FieldListProps } from '../components/forms/fields/FieldList'
export { FieldShell } from '../components/forms/fields/FieldShell'
export type { FieldShellProps } from '../components/forms/fields/FieldShell'
export { useFieldControl } from '../components/forms/fields/useFieldControl'
export type {
  FieldControl,
  FieldControlOptions,
  FieldIds,
} from '../components/forms/fields/useFieldControl'
export { TextField } from '../components/forms/fields/TextField'
export { PasswordField } from '../components/forms/fields/PasswordField'
export { EmailField } from '../components/forms/fields/EmailField'
export { UrlField } from '../components/forms/fields/UrlField'
export { TelField } from '../components/forms/fields/TelField'
export { LocationField } from '../components/forms/fields/LocationField'
export { NumberField } from '../components/forms/fields/NumberField'
export { CheckboxField } from '../components/forms/fields/CheckboxField'
export { TextareaField } from '../components/forms/fields/TextareaField'
export { DateField } from '../components/forms/fields/DateField'
export { DateTimeField } from '../components/forms/fields/DateTimeField'
export { TimeField } from '../components/forms/fields/TimeField'
export { SelectField } from '../components/forms/fields/SelectField'
export { MultiSelectField } from '../components/forms/fields/MultiSelectField'
export { FilteredSelectField } from '../components/forms/fields/FilteredSelectField'
export { CopyField } from '../components/forms/fields/CopyField'
export { InfoField } from '../components/forms/fields/InfoField'
export { ConnectionSettingsForm } from '../components/forms/ConnectionSettingsForm'
export type { ConnectionSettingsFormProps } from '../components/forms/ConnectionSettingsForm'
export { ResourceSettingsForm } from '../components/forms/ResourceSettingsForm'
export type { ResourceSettingsFormProps } from '../components/forms/ResourceSettingsForm'
export { ImportConnectionDialog } from '../components/forms/ImportConnectionDialog'
export type { ImportConnectionDialogProps } from '../components/forms/ImportConnectionDialog'
export { ConnectionActions } from '../components/manage/ConnectionActions'
export type {
  ConnectionActionsClassNames,
  ConnectionActionsProps,
} from '../components/manage/ConnectionActions'
export { ErrorDetails, ErrorLines, ErrorMessage } from '../components/ErrorMessage'
export type {
  ErrorDetailsProps,
  ErrorLinesProps,
  ErrorMessageProps,
} from '../components/ErrorMessage'
export { EnableSwitch } from '../components/manage/EnableSwitch'
export type { EnableSwitchClassNames, EnableSwitchProps } from '../components/manage/EnableSwitch'
export { DeleteConnectionDialog } from '../components/manage/DeleteConnectionDialog'
export type {
  DeleteConnectionDialogClassNames,
  DeleteConnectionDialogProps,
} from '../components/manage/DeleteConnectionDialog'
// --- Composable page parts (issue 8 §4): one context, any arrangement; each part's Props type. ---
export { IntegrationsPageRoot } from '../components/page/IntegrationsPageRoot'
export type {
  IntegrationsPageRootProps,
  IntegrationsPageStateProps,
} from '../components/page/IntegrationsPageRoot'
export { IntegrationsPageHeader } from '../components/page/IntegrationsPageHeader'
export type {
  IntegrationsPageHeaderClassNames,
  IntegrationsPageHeaderProps,
} from '../components/page/IntegrationsPageHeader'
export { IntegrationsPageSearch } from '../components/page/IntegrationsPageSearch'
export type { IntegrationsPageSearchProps } from '../components/page/IntegrationsPageSearch'
export {
  IntegrationsPageCategoryFilter,
  IntegrationsPageStatusFilter,
} from '../components/page/IntegrationsPageFilters'
export type {
  IntegrationsPageCategoryFilterProps,
  IntegrationsPageStatusFilterProps,
} from '../components/page/IntegrationsPageFilters'
export { IntegrationsPageGrid } from '../components/page/IntegrationsPageGrid'
export type {
  IntegrationsPageGridClassNames,
  IntegrationsPageGridProps,
} from '../components/page/IntegrationsPageGrid'
export { IntegrationsPageCard } from '../components/page/IntegrationsPageCard'
export type { IntegrationsPageCardProps } from '../components/page/IntegrationsPageCard'
export { IntegrationsPageDetails } from '../components/page/IntegrationsPageDetails'
export type { IntegrationsPageDetailsProps } from '../components/page/IntegrationsPageDetails'
export { IntegrationsPageDetailsInline } from '../components/page/IntegrationsPageDetailsInline'
export type { IntegrationsPageDetailsInlineProps } from '../components/page/IntegrationsPageDetailsInline'
export { useIntegrationsPage } from '../components/page/integrations-page-context'
export type {
  IntegrationsPageState,
  IntegrationsPageView,
} from '../components/page/integrations-page-context'
export { ConnectionDetailsInline } from '../components/details/ConnectionDetailsInline'
export type { ConnectionDetailsInlineProps } from '../components/details/ConnectionDetailsInline'
export {
  ConnectionDetailsHeader,
  ConnectionDetailsIntro,
  ConnectionDetailsStatus,
} from '../components/details/ConnectionDetailsParts'
export type {
  ConnectionDetailsHeaderProps,
  ConnectionDetailsIntroProps,
  ConnectionDetailsStatusProps,
} from '../components/details/ConnectionDetailsParts'
export type { ConnectionDetailsClassNames } from '../components/details/ConnectionDetails'
export type { ConnectionActionsButtons } from '../components/manage/ConnectionActions'
export type { ManageMessageKey } from './i18n/manage/en'
export type { ErrorsMessageKey } from './i18n/errors/en'
export type { DetailsMessageKey } from './i18n/details/en'
