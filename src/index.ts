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
export { openAuthorizeWindow, popupFeatures } from './oauth-window'
export type {
  AuthorizeWindowController,
  OAuthWindowResult,
  OAuthWindowResultType,
  OpenAuthorizeWindowOptions,
} from './oauth-window'
export { handleOAuthCallback } from './oauth-callback'
export type {
  HandleOAuthCallbackOptions,
  OAuthCallbackDelivery,
  OAuthCallbackOutcome,
} from './oauth-callback'
export { isOAuthMessage, OAUTH_BROADCAST_CHANNEL, readOAuthCallbackUrl } from './oauth-messages'
export type {
  OAuthCompleteMessage,
  OAuthErrorMessage,
  OAuthMessage,
  OAuthRevokedMessage,
} from './oauth-messages'
export { resumeSameTabAuthorization, startSameTabAuthorization } from './oauth-same-tab'
export type {
  SameTabResume,
  StartSameTabAuthorizationOptions,
  StartSameTabAuthorizationResult,
} from './oauth-same-tab'
export {
  authorizationPlan,
  defaultRedirectUri,
  missingAuthorizationSettings,
} from './authorization-plan'
export type { AuthorizationPlan } from './authorization-plan'
export {
  availableActions,
  isActionApplicable,
  isActionImplemented,
  isManageActionAllowed,
  MANAGE_ACTIONS,
} from './allowed-actions'
export type { AvailableActionsOptions, ManageAction } from './allowed-actions'
export { createNonce } from './nonce'
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
export { integrationKeys } from '../hooks/integration-keys'
export type { IntegrationMutationAction } from '../hooks/integration-keys'
export { INTEGRATIONS_STALE_TIME, integrationQueries } from '../hooks/integration-queries'
export { createIntegrationsQueryClient } from '../hooks/query-client'
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
export { useAuthorizeConnection } from '../hooks/useAuthorizeConnection'
export type {
  AuthorizeError,
  AuthorizeOptions,
  AuthorizeStatus,
  UseAuthorizeConnectionOptions,
  UseAuthorizeConnectionResult,
} from '../hooks/useAuthorizeConnection'
export { useRevokeConnection } from '../hooks/useRevokeConnection'
export type {
  RevokeError,
  RevokeStatus,
  UseRevokeConnectionOptions,
  UseRevokeConnectionResult,
} from '../hooks/useRevokeConnection'
export { useResumeSameTabAuthorization } from '../hooks/useResumeSameTabAuthorization'
export type {
  ResumeSameTabAuthorizationState,
  ResumeStatus,
} from '../hooks/useResumeSameTabAuthorization'
export {
  MAX_BACKOFF_MS,
  MAX_RETRIES,
  MAX_RETRY_AFTER_MS,
  mutationRetry,
  retryDelay,
  shouldRetryQuery,
} from '../hooks/retry'
export type { MutationSafety } from '../hooks/retry'
export { formatMessage, localeDirection } from './i18n/format'
export type { Message, MessageValues, PluralMessage } from './i18n/format'
export { en } from './i18n/en'
export type { MessageKey, Messages } from './i18n/en'
export { I18nProvider, useDirection, useLocale, useT } from '../components/i18n'
export type { I18nProviderProps, TranslateFn } from '../components/i18n'
export { AuthorizeButton } from '../components/AuthorizeButton'
export type { AuthorizeButtonClassNames, AuthorizeButtonProps } from '../components/AuthorizeButton'
export { RevokeButton } from '../components/RevokeButton'
export type { RevokeButtonClassNames, RevokeButtonProps } from '../components/RevokeButton'
export { connectionStatus, isConnectionAdded, STATUS_TONES } from './status'
export type { ConnectionStatus, ConnectionStatusInfo, StatusTone } from './status'
export { contrastRatio, ensureContrast, parseColor, readableTextColor } from './color'
export { buildCatalog, filterCatalog } from './catalog'
export type { Catalog, CatalogFilters, CatalogStatusFilter, FilteredCatalog } from './catalog'
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
export { ConnectorGrid } from '../components/ConnectorGrid'
export type { ConnectorGridGroup, ConnectorGridProps } from '../components/ConnectorGrid'
export { ConnectorCard, connectorKey } from '../components/ConnectorCard'
export type { ConnectorCardProps } from '../components/ConnectorCard'
export { ConnectorLogo } from '../components/ConnectorLogo'
export { ConnectionStatusBadge } from '../components/ConnectionStatusBadge'
export type { ConnectionStatusBadgeProps } from '../components/ConnectionStatusBadge'
export {
  ConnectionDetails,
  isActionAllowed,
  useConnectionDetails,
} from '../components/ConnectionDetails'
export type {
  ConnectionAction,
  ConnectionDetailsContextValue,
  ConnectionDetailsProps,
} from '../components/ConnectionDetails'
export { ConnectionPanelSections, ConnectionPrimaryAction } from '../components/ConnectionPanelBody'
export type {
  ConnectionPanelOptions,
  ConnectionPanelSectionsProps,
  ConnectionPrimaryActionProps,
} from '../components/ConnectionPanelBody'
export { detailsLayout } from '../components/details-layout'
export type {
  DetailsLayout,
  DetailsLayoutOptions,
  PrimaryAction,
} from '../components/details-layout'
export { CatalogSearch } from '../components/CatalogSearch'
export { CatalogFilter } from '../components/CatalogFilter'
export {
  CatalogEmpty,
  CatalogError,
  CatalogNoMatch,
  CatalogSkeleton,
} from '../components/CatalogStates'
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
} from './form-fields'
export type { FieldRules, SettingsFormValues } from './form-fields'
export type { FormsMessageKey } from './i18n/forms/en'
export { defaultFieldRegistry } from '../components/fields/registry'
export { FieldRegistryProvider, useFieldRegistry } from '../components/fields/FieldRegistryProvider'
export type { FieldRegistryProviderProps } from '../components/fields/FieldRegistryProvider'
export type {
  FieldComponent,
  FieldComponentProps,
  FieldRegistry,
  FieldRegistryOverrides,
} from '../components/fields/types'
export { FieldList } from '../components/fields/FieldList'
export type { FieldListProps } from '../components/fields/FieldList'
export { FieldShell } from '../components/fields/FieldShell'
export type { FieldShellProps } from '../components/fields/FieldShell'
export { useFieldControl } from '../components/fields/use-field-control'
export type {
  FieldControl,
  FieldControlOptions,
  FieldIds,
} from '../components/fields/use-field-control'
export { TextField } from '../components/fields/TextField'
export { PasswordField } from '../components/fields/PasswordField'
export { EmailField } from '../components/fields/EmailField'
export { UrlField } from '../components/fields/UrlField'
export { TelField } from '../components/fields/TelField'
export { LocationField } from '../components/fields/LocationField'
export { NumberField } from '../components/fields/NumberField'
export { CheckboxField } from '../components/fields/CheckboxField'
export { TextareaField } from '../components/fields/TextareaField'
export { DateField } from '../components/fields/DateField'
export { DateTimeField } from '../components/fields/DateTimeField'
export { TimeField } from '../components/fields/TimeField'
export { SelectField } from '../components/fields/SelectField'
export { MultiSelectField } from '../components/fields/MultiSelectField'
export { FilteredSelectField } from '../components/fields/FilteredSelectField'
export { CopyField } from '../components/fields/CopyField'
export { InfoField } from '../components/fields/InfoField'
export { ConnectionSettingsForm } from '../components/ConnectionSettingsForm'
export type { ConnectionSettingsFormProps } from '../components/ConnectionSettingsForm'
export { ResourceSettingsForm } from '../components/ResourceSettingsForm'
export type { ResourceSettingsFormProps } from '../components/ResourceSettingsForm'
export { ImportConnectionDialog } from '../components/ImportConnectionDialog'
export type { ImportConnectionDialogProps } from '../components/ImportConnectionDialog'
export { ConnectionActions } from '../components/ConnectionActions'
export type {
  ConnectionActionsClassNames,
  ConnectionActionsProps,
} from '../components/ConnectionActions'
export { ErrorDetails, ErrorLines, ErrorMessage } from '../components/ErrorMessage'
export type {
  ErrorDetailsProps,
  ErrorLinesProps,
  ErrorMessageProps,
} from '../components/ErrorMessage'
export { EnableSwitch } from '../components/EnableSwitch'
export type { EnableSwitchClassNames, EnableSwitchProps } from '../components/EnableSwitch'
export { DeleteConnectionDialog } from '../components/DeleteConnectionDialog'
export type {
  DeleteConnectionDialogClassNames,
  DeleteConnectionDialogProps,
} from '../components/DeleteConnectionDialog'
export type { ManageMessageKey } from './i18n/manage/en'
export type { ErrorsMessageKey } from './i18n/errors/en'
export type { DetailsMessageKey } from './i18n/details/en'
