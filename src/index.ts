/**
 * The package entry: the designed public surface of the React-free core (src/), the React Query
 * layer (hooks/) and the components (components/). It carries no 'use client' itself: the hook and
 * component modules it re-exports carry their own, so a React Server Component can call the core
 * (createVaultClient, integrationQueries, connectionStatus …) and pass the parts to the client.
 *
 * Every name here is a contract, recorded with its signature in api/index.api.md (checked by
 * `npm test`; update it with `npm run api:update`). Names marked "Advanced" in their doc comments
 * are for hosts building their own parts; everything else is what a page needs.
 */

// ── Core: the Vault client and the adapter seam ────────────────────────────────────────────────
export { createVaultClient } from './vault/client'
export type { ResourceSettingsBody, VaultClient, VaultClientOptions } from './vault/client'
export { createVaultAdapter } from './vault/adapter'
export type { AdapterCapabilities, AuthorizeUrlOptions, ConnectionsAdapter } from './adapter'
export { sessionDefaults } from './vault/session-defaults'
export type { SessionConsumer, SessionDefaults } from './vault/session-defaults'
export type * from './types'

// ── Core: errors, status, actions ─────────────────────────────────────────────────────────────
export { IntegrationsApiError, isIntegrationsApiError } from './errors'
export type { IntegrationsApiErrorInit, IntegrationsErrorKind } from './errors'
export { describeError, wasRetried } from './error-message'
export type {
  DescribeErrorOptions,
  ErrorCause,
  ErrorDescription,
  ErrorPlace,
  ErrorTechnicalDetail,
} from './error-message'
export { consentStateAfter } from './consent-state'
export { connectionStatus } from './catalog/status'
export type {
  ConnectionStatus,
  ConnectionStatusInfo,
  ConnectionStatusOptions,
  StatusTone,
} from './catalog/status'
export { availableActions } from './details/allowed-actions'
export type { AvailableActionsOptions, ManageAction } from './details/allowed-actions'
export type { InitialView } from './details/initial-view'
export { safeUrl } from './safe-url'
export type {
  ConnectMethod,
  IntegrationsCallbacks,
  IntegrationsEvent,
  IntegrationsEventType,
} from './events'

// ── Core: OAuth window flow and the callback page ─────────────────────────────────────────────
export { openAuthorizeWindow } from './oauth/window'
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
export type { OAuthMessage } from './oauth/messages'

// ── Core: messages ────────────────────────────────────────────────────────────────────────────
export { en } from './i18n/en'
export type { MessageKey, Messages, TranslateFn } from './i18n/en'
export type { Message, MessageValues, PluralMessage } from './i18n/format'

// ── Query layer: keys, options, client (React-free, callable on the server) ───────────────────
export { integrationKeys } from './query/integration-keys'
export type { IntegrationMutationAction } from './query/keys'
export { integrationQueries } from '../hooks/query/integration-queries'
export { createIntegrationsQueryClient } from '../hooks/query/query-client'

// ── Hooks ─────────────────────────────────────────────────────────────────────────────────────
export { IntegrationsProvider, useIntegrationsAdapter } from '../hooks/IntegrationsProvider'
export type { IntegrationsProviderProps } from '../hooks/IntegrationsProvider'
export { useConnections } from '../hooks/useConnections'
export { useConnection } from '../hooks/useConnection'
export { useResourceSettings } from '../hooks/useResourceSettings'
export { useAddConnection } from '../hooks/useAddConnection'
export type { AddConnectionVariables } from '../hooks/useAddConnection'
export { useCreateConnection } from '../hooks/useCreateConnection'
export type { CreateConnectionVariables } from '../hooks/useCreateConnection'
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
export { useUpdateResourceSettings } from '../hooks/useUpdateResourceSettings'
export type { UpdateResourceSettingsVariables } from '../hooks/useUpdateResourceSettings'
export { useConsents } from '../hooks/useConsents'
export { useUpdateConsent } from '../hooks/useUpdateConsent'
export type { UpdateConsentContext, UpdateConsentVariables } from '../hooks/useUpdateConsent'
export { useCustomMappings } from '../hooks/useCustomMappings'
export { useSaveCustomMapping } from '../hooks/useSaveCustomMapping'
export type { SaveCustomMappingVariables } from '../hooks/useSaveCustomMapping'
export { useDeleteCustomMapping } from '../hooks/useDeleteCustomMapping'
export type { DeleteCustomMappingVariables } from '../hooks/useDeleteCustomMapping'
export { useCustomFields } from '../hooks/useCustomFields'
export { useResourceSchema } from '../hooks/useResourceSchema'
export { useResourceExample } from '../hooks/useResourceExample'
export { useConnectionLogs } from '../hooks/useConnectionLogs'
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

// ── Components: the page and its parts ────────────────────────────────────────────────────────
export { IntegrationsPage } from '../components/page/IntegrationsPage'
export type {
  IntegrationsPageClassNames,
  IntegrationsPageProps,
} from '../components/page/IntegrationsPage'
export { IntegrationsRoot } from '../components/IntegrationsRoot'
export type { IntegrationsRootProps } from '../components/IntegrationsRoot'
export type {
  IntegrationsTheme,
  ThemeAppearance,
  ThemeDensity,
  ThemeRadius,
  ThemeStyle,
} from '../components/theme'
export { useT } from '../components/i18n'
export { CatalogSearch } from '../components/catalog/CatalogSearch'
export type { CatalogSearchProps } from '../components/catalog/CatalogSearch'
export { CatalogFilter } from '../components/catalog/CatalogFilter'
export type { CatalogFilterOption, CatalogFilterProps } from '../components/catalog/CatalogFilter'
export {
  CatalogEmpty,
  CatalogError,
  CatalogNoMatch,
  CatalogSkeleton,
} from '../components/catalog/CatalogStates'
export type {
  CatalogEmptyProps,
  CatalogErrorProps,
  CatalogNoMatchProps,
  CatalogSkeletonProps,
} from '../components/catalog/CatalogStates'
export { ConnectorGrid } from '../components/catalog/ConnectorGrid'
export type { ConnectorGridGroup, ConnectorGridProps } from '../components/catalog/ConnectorGrid'
export { ConnectorCard } from '../components/catalog/ConnectorCard'
export type { ConnectorCardProps } from '../components/catalog/ConnectorCard'
export { ConnectorLogo } from '../components/catalog/ConnectorLogo'
export type { ConnectorLogoProps } from '../components/catalog/ConnectorLogo'
export { ConnectionStatusBadge } from '../components/catalog/ConnectionStatusBadge'
export type { ConnectionStatusBadgeProps } from '../components/catalog/ConnectionStatusBadge'
export { ConnectionDetails, useConnectionDetails } from '../components/details/ConnectionDetails'
export type {
  ConnectionAction,
  ConnectionDetailsClassNames,
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
export { ConnectionConsent } from '../components/consent/ConnectionConsent'
export type { ConnectionConsentProps } from '../components/consent/ConnectionConsent'
export { FieldMappingSection } from '../components/mapping/FieldMappingSection'
export type { FieldMappingSectionProps } from '../components/mapping/FieldMappingSection'
export { MappingDialog } from '../components/mapping/MappingDialog'
export type { MappingDialogProps, MappingSourceMode } from '../components/mapping/MappingDialog'
export { evaluateJsonPath } from './mapping/json-path'
export type { JsonPathError, JsonPathResult } from './mapping/json-path'
export { missingRequiredMappings } from './mapping/missing-mappings'
export type { FieldMapping } from './mapping/mapping-label'
export { ConnectionLogs } from '../components/logs/ConnectionLogs'
export type { ConnectionLogsProps } from '../components/logs/ConnectionLogs'
export { AuthorizeButton } from '../components/oauth/AuthorizeButton'
export type {
  AuthorizeButtonClassNames,
  AuthorizeButtonProps,
} from '../components/oauth/AuthorizeButton'
export { RevokeButton } from '../components/oauth/RevokeButton'
export type { RevokeButtonClassNames, RevokeButtonProps } from '../components/oauth/RevokeButton'
export { ConnectionActions } from '../components/manage/ConnectionActions'
export type {
  ConnectionActionsClassNames,
  ConnectionActionsProps,
} from '../components/manage/ConnectionActions'
export { EnableSwitch } from '../components/manage/EnableSwitch'
export type { EnableSwitchClassNames, EnableSwitchProps } from '../components/manage/EnableSwitch'
export { DeleteConnectionDialog } from '../components/manage/DeleteConnectionDialog'
export type {
  DeleteConnectionDialogClassNames,
  DeleteConnectionDialogProps,
} from '../components/manage/DeleteConnectionDialog'
export { ErrorMessage } from '../components/ErrorMessage'
export type { ErrorMessageProps } from '../components/ErrorMessage'

// ── Components: composable page parts (one context, any arrangement) ─────────────────────────
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
export type { ConnectionActionsButtons } from '../components/manage/ConnectionActions'
export type { ConnectionDetailsBodyOptions } from '../components/details/details-view'
export type { CatalogStatusFilter } from './catalog/catalog'

// ── Components: forms and fields ──────────────────────────────────────────────────────────────
export { ConnectionSettingsForm } from '../components/forms/ConnectionSettingsForm'
export type { ConnectionSettingsFormProps } from '../components/forms/ConnectionSettingsForm'
export { ResourceSettingsForm } from '../components/forms/ResourceSettingsForm'
export type { ResourceSettingsFormProps } from '../components/forms/ResourceSettingsForm'
export { ImportConnectionDialog } from '../components/forms/ImportConnectionDialog'
export type { ImportConnectionDialogProps } from '../components/forms/ImportConnectionDialog'
export { defaultFieldRegistry } from '../components/forms/fields/registry'
export { FieldRegistryProvider } from '../components/forms/fields/FieldRegistryProvider'
export type { FieldRegistryProviderProps } from '../components/forms/fields/FieldRegistryProvider'
export type {
  FieldComponent,
  FieldComponentProps,
  FieldRegistry,
  FieldRegistryOverrides,
} from '../components/forms/fields/types'
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
