'use client'
/**
 * The Enabled switch of one connection. Optimistic: it flips the moment it is pressed (the
 * mutation's own variables are shown while the PATCH is in flight), and when the server refuses it
 * returns to the value the server holds and says why in an alert, with "Try again" when that can help.
 */
import { useId, type ComponentProps, type MouseEvent } from 'react'
import { useUpdateConnection } from '../../hooks/useUpdateConnection'
import { wasRetried } from '../../src/error-message'
import { refOf } from '../../src/connection-ref'
import type { Connection } from '../../src/types'
import { ErrorMessage } from '../ErrorMessage'
import { usePanelT } from '../usePanelT'

export interface EnableSwitchClassNames {
  root?: string
  label?: string
  alert?: string
}

export interface EnableSwitchProps extends Omit<
  ComponentProps<'button'>,
  'children' | 'role' | 'value' | 'defaultValue'
> {
  /** The connection as the cache holds it (pass the live one, e.g. from useConnection). */
  connection: Connection
  /** After the server confirmed the change. */
  onEnabledChange?: (enabled: boolean, connection: Connection) => void
  classNames?: EnableSwitchClassNames
}

export function EnableSwitch({
  connection,
  onEnabledChange,
  className,
  classNames,
  onClick,
  disabled,
  id,
  ...props
}: EnableSwitchProps) {
  const t = usePanelT()
  const generatedId = useId()
  const switchId = id ?? `${generatedId}-switch`
  const alertId = `${generatedId}-alert`
  const update = useUpdateConnection()
  const ref = refOf(connection)
  const requested = update.isPending ? update.variables?.patch.enabled : undefined
  const checked = requested ?? connection.enabled ?? false
  const state = checked ? 'on' : 'off'
  const failedPatch = update.isError ? update.variables?.patch : undefined

  const change = (enabled: boolean) => {
    update.mutate(
      { ref, patch: { enabled } },
      { onSuccess: (saved) => onEnabledChange?.(saved.enabled ?? enabled, saved) },
    )
  }

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event)
    if (event.defaultPrevented) {
      return
    }
    change(!checked)
  }

  return (
    <div data-ik-slot="enable-switch" data-state={state} className={classNames?.root}>
      <button
        id={switchId}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-describedby={failedPatch ? alertId : undefined}
        data-ik-slot="switch"
        data-state={state}
        data-pending={update.isPending || undefined}
        disabled={disabled}
        className={className}
        onClick={handleClick}
        {...props}
      >
        <span data-ik-slot="switch-thumb" aria-hidden="true" />
      </button>
      <label htmlFor={switchId} data-ik-slot="switch-label" className={classNames?.label}>
        {t('manage.enabled')}
      </label>
      {failedPatch && update.error ? (
        <ErrorMessage
          messageId={alertId}
          data-ik-slot="manage-alert"
          className={classNames?.alert}
          error={update.error}
          place={failedPatch.enabled ? 'enable' : 'disable'}
          name={connection.name}
          retried={wasRetried(update.failureCount)}
          onRetry={() => change(failedPatch.enabled ?? !checked)}
          retryLabel={t('manage.retry')}
        />
      ) : null}
    </div>
  )
}
