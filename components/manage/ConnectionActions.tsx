'use client'
/**
 * The management actions of one connection: the Enabled switch, Test connection, Re-authorize,
 * Disconnect, Import credentials and Delete (behind a confirmation). Which of them appear is decided
 * by `availableActions` (src/details/allowed-actions.ts) from the adapter's capabilities, the connection's
 * state and the host's `allowActions`. Outcomes are said in a polite status line, failures in alerts
 * with a way to try again.
 *
 * The connection is read from the query cache (`useConnection`), with the `connection` prop as the
 * fallback, so optimistic updates and the answers of other parts show here at once.
 */
import { Slot } from '@radix-ui/react-slot'
import { useRef, useState, type ComponentProps, type ReactElement, type ReactNode } from 'react'
import { useIntegrationsAdapter } from '../../hooks/IntegrationsProvider'
import { useConnection } from '../../hooks/useConnection'
import { useUserCredentials } from '../../hooks/useUserCredentials'
import { useValidateConnection } from '../../hooks/useValidateConnection'
import {
  availableActions,
  isActionImplemented,
  type ManageAction,
} from '../../src/details/allowed-actions'
import { wasRetried } from '../../src/error-message'
import { refOf } from '../../src/connection-ref'
import type { Connection } from '../../src/types'
import { AuthorizeButton, type AuthorizeButtonProps } from '../oauth/AuthorizeButton'
import { useConnectionDetails } from '../details/connection-details-context'
import { DeleteConnectionDialog } from './DeleteConnectionDialog'
import { EnableSwitch } from './EnableSwitch'
import { ErrorMessage } from '../ErrorMessage'
import type { MessageKey } from '../i18n'
import { usePanelT } from '../usePanelT'
import { ImportConnectionDialog } from '../forms/ImportConnectionDialog'
import { RevokeButton } from '../oauth/RevokeButton'

export interface ConnectionActionsClassNames {
  switch?: string
  buttons?: string
  validate?: string
  reauthorize?: string
  disconnect?: string
  import?: string
  credentials?: string
  delete?: string
  deleteDialog?: string
  status?: string
  alert?: string
}

/**
 * A host's own elements for our buttons, by action (Radix `asChild`): each receives our handlers,
 * `aria-*` / `data-*` attributes and disabled state, and keeps its own content (its label).
 */
export interface ConnectionActionsButtons {
  validate?: ReactElement
  reauthorize?: ReactElement
  disconnect?: ReactElement
  import?: ReactElement
  credentials?: ReactElement
  delete?: ReactElement
}

export interface ConnectionActionsProps extends Omit<ComponentProps<'div'>, 'children'> {
  connection: Connection
  /**
   * The host's allow-list (Vault's `allow_actions` plus 'validate' | 'import' | 'settings' |
   * 'resources'). Absent: the enclosing ConnectionDetails' `allowActions`, else every action; `[]`: none.
   */
  allowActions?: readonly ManageAction[]
  /** The OAuth callback URL for Re-authorize and Disconnect. Default `${origin}/oauth/callback`. */
  redirectUri?: string
  /** Where a same-tab re-authorization returns to. Default: the current page. */
  returnTo?: string
  /** Shown by Re-authorize when required settings must be filled in first. */
  renderNeedsSettings?: AuthorizeButtonProps['renderNeedsSettings']
  /** After a confirmed delete, with the connection as it is now (available). Close the panel here. */
  onDeleted?: (connection: Connection) => void
  /** After credentials were imported. */
  onImported?: (connection: Connection) => void
  /** After the server confirmed an enable/disable. */
  onEnabledChange?: (enabled: boolean, connection: Connection) => void
  /** Extra buttons of the host, after ours. */
  children?: ReactNode
  /** Your own elements in place of our buttons (see ConnectionActionsButtons). */
  buttons?: ConnectionActionsButtons
  classNames?: ConnectionActionsClassNames
}

interface ActionButtonProps extends ComponentProps<'button'> {
  /** The host's element to render as this button (asChild); else our <button> with `children`. */
  element: ReactElement | undefined
}

/** One manage button: ours, or the host's element carrying our props (Radix Slot). */
function ActionButton({ element, children, ...props }: ActionButtonProps) {
  return element ? (
    <Slot data-ik-slot="button" {...props}>
      {element}
    </Slot>
  ) : (
    <button type="button" data-ik-slot="button" {...props}>
      {children}
    </button>
  )
}

type Announcement =
  | {
      kind: 'valid' | 'invalid' | 'deleted' | 'hasCredentials' | 'noCredentials'
      tone: 'success' | 'danger' | 'neutral'
    }
  | undefined

const announcementText: Record<NonNullable<Announcement>['kind'], MessageKey> = {
  valid: 'manage.valid',
  invalid: 'manage.invalid',
  deleted: 'manage.deleted',
  hasCredentials: 'manage.hasCredentials',
  noCredentials: 'manage.noCredentials',
}

export function ConnectionActions({
  connection: givenConnection,
  allowActions: allowActionsProp,
  redirectUri,
  returnTo,
  renderNeedsSettings,
  onDeleted,
  onImported,
  onEnabledChange,
  children,
  buttons,
  className,
  classNames,
  ...props
}: ConnectionActionsProps) {
  const t = usePanelT()
  const adapter = useIntegrationsAdapter()
  const details = useConnectionDetails()
  const ref = refOf(givenConnection)
  const connection = useConnection(ref).data ?? givenConnection
  const allowActions = allowActionsProp ?? details?.allowActions
  const actions = new Set(
    availableActions(connection, adapter.capabilities, { allowActions }).filter((action) =>
      isActionImplemented(adapter, action),
    ),
  )
  const validate = useValidateConnection()
  const credentials = useUserCredentials()
  const [announcement, setAnnouncement] = useState<Announcement>(undefined)
  const [deleteOpen, setDeleteOpen] = useState(false)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const name = connection.name
  const hasButtons =
    actions.has('validate') ||
    actions.has('reauthorize') ||
    actions.has('disconnect') ||
    actions.has('import') ||
    actions.has('credentials') ||
    actions.has('delete') ||
    deleteOpen ||
    children !== undefined

  const runValidation = () => {
    if (validate.isPending) {
      return
    }
    setAnnouncement(undefined)
    validate.mutate(
      { ref },
      {
        onSuccess: (result) =>
          setAnnouncement(
            result.state === 'invalid'
              ? { kind: 'invalid', tone: 'danger' }
              : { kind: 'valid', tone: 'success' },
          ),
      },
    )
  }

  const checkCredentials = () => {
    if (credentials.isPending) {
      return
    }
    setAnnouncement(undefined)
    credentials.mutate(
      { ref },
      {
        onSuccess: (held) =>
          setAnnouncement(
            held
              ? { kind: 'hasCredentials', tone: 'success' }
              : { kind: 'noCredentials', tone: 'neutral' },
          ),
      },
    )
  }

  return (
    <div
      role={actions.size > 0 || hasButtons ? 'group' : undefined}
      aria-label={actions.size > 0 || hasButtons ? t('manage.group', { name }) : undefined}
      data-ik-slot="connection-actions"
      data-state={connection.state}
      data-enabled={connection.enabled ? 'true' : 'false'}
      className={className}
      {...props}
    >
      {actions.has('disable') ? (
        <EnableSwitch
          connection={connection}
          onEnabledChange={onEnabledChange}
          className={classNames?.switch}
        />
      ) : null}
      {hasButtons ? (
        <div data-ik-slot="manage-buttons" className={classNames?.buttons}>
          {actions.has('validate') ? (
            <ActionButton
              element={buttons?.validate}
              data-variant="secondary"
              data-action="validate"
              data-pending={validate.isPending || undefined}
              aria-disabled={validate.isPending || undefined}
              className={classNames?.validate}
              onClick={(event) => {
                // A host's link follows no href of ours; our own button has no default.
                event.preventDefault()
                runValidation()
              }}
            >
              {validate.isPending ? t('manage.validating') : t('manage.validate')}
            </ActionButton>
          ) : null}
          {actions.has('reauthorize') ? (
            <AuthorizeButton
              connection={connection}
              redirectUri={redirectUri}
              returnTo={returnTo}
              renderNeedsSettings={renderNeedsSettings}
              data-action="reauthorize"
              className={classNames?.reauthorize}
              asChild={buttons?.reauthorize !== undefined}
            >
              {buttons?.reauthorize}
            </AuthorizeButton>
          ) : null}
          {actions.has('disconnect') ? (
            <RevokeButton
              connection={connection}
              redirectUri={redirectUri}
              data-action="disconnect"
              className={classNames?.disconnect}
              asChild={buttons?.disconnect !== undefined}
            >
              {buttons?.disconnect}
            </RevokeButton>
          ) : null}
          {actions.has('import') ? (
            <ImportConnectionDialog
              connection={connection}
              onImported={onImported}
              trigger={
                <ActionButton
                  element={buttons?.import}
                  data-variant="secondary"
                  data-action="import"
                  className={classNames?.import}
                >
                  {t('manage.import')}
                </ActionButton>
              }
            />
          ) : null}
          {actions.has('credentials') ? (
            <ActionButton
              element={buttons?.credentials}
              data-variant="secondary"
              data-action="credentials"
              data-pending={credentials.isPending || undefined}
              aria-disabled={credentials.isPending || undefined}
              className={classNames?.credentials}
              onClick={(event) => {
                event.preventDefault()
                checkCredentials()
              }}
            >
              {credentials.isPending ? t('manage.credentialsChecking') : t('manage.credentials')}
            </ActionButton>
          ) : null}
          {actions.has('delete') || deleteOpen ? (
            // Kept mounted while open: the deleted connection no longer offers Delete, but the
            // dialog must live until the request has ended to report how.
            <DeleteConnectionDialog
              connection={connection}
              open={deleteOpen}
              onOpenChange={setDeleteOpen}
              className={classNames?.deleteDialog}
              focusAfterDelete={() => statusRef.current}
              onDeleted={(deleted) => {
                setAnnouncement({ kind: 'deleted', tone: 'neutral' })
                onDeleted?.(deleted)
              }}
              trigger={
                <ActionButton
                  element={buttons?.delete}
                  data-variant="danger"
                  data-action="delete"
                  className={classNames?.delete}
                >
                  {t('manage.delete')}
                </ActionButton>
              }
            />
          ) : null}
          {children}
        </div>
      ) : null}
      {/* Always rendered, so a change of its text is announced; focus lands here after a delete. */}
      <p
        ref={statusRef}
        role="status"
        tabIndex={-1}
        data-ik-slot="manage-status"
        data-ik-tone={announcement?.tone}
        className={classNames?.status}
      >
        {announcement ? t(announcementText[announcement.kind], { name }) : ''}
      </p>
      {credentials.error ? (
        <ErrorMessage
          data-ik-slot="manage-alert"
          className={classNames?.alert}
          error={credentials.error}
          place="credentials"
          name={name}
          retried={wasRetried(credentials.failureCount)}
          onRetry={checkCredentials}
          retryLabel={t('manage.retry')}
        />
      ) : null}
      {validate.error ? (
        <ErrorMessage
          data-ik-slot="manage-alert"
          className={classNames?.alert}
          error={validate.error}
          place="validate"
          name={name}
          retried={wasRetried(validate.failureCount)}
          onRetry={runValidation}
          retryLabel={t('manage.retry')}
        />
      ) : null}
    </div>
  )
}
