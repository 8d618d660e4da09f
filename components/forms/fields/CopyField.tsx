'use client'
import { useEffect, useRef, useState } from 'react'
import { valueToText } from '../../../src/forms/form-fields'
import { usePanelT } from '../../usePanelT'
import { FieldShell } from './FieldShell'
import type { FieldComponentProps } from './types'
import { useFieldControl } from './useFieldControl'

const FEEDBACK_MS = 2000

/**
 * The `copy` field type: a read-only value (a webhook URL, an external id) with a Copy button.
 * The outcome is announced in a live region; without clipboard access the text is selected so the
 * user can copy it by hand.
 */
export function CopyField({ definition, name }: FieldComponentProps) {
  const t = usePanelT()
  const { field, error, ids, controlProps } = useFieldControl(definition, name)
  const inputRef = useRef<HTMLInputElement | null>(null)
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const text = valueToText(field.value)

  useEffect(() => {
    if (status !== 'copied') {
      return
    }
    const timer = setTimeout(() => setStatus('idle'), FEEDBACK_MS)
    return () => clearTimeout(timer)
  }, [status])

  async function copy() {
    try {
      // Guarded: absent on insecure origins and in some embedded browsers.
      if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) {
        throw new Error('Clipboard unavailable')
      }
      await navigator.clipboard.writeText(text)
      setStatus('copied')
    } catch {
      inputRef.current?.select()
      setStatus('failed')
    }
  }

  return (
    <FieldShell definition={definition} ids={ids} error={error}>
      <div data-ik-slot="settings-field-control">
        <input
          {...controlProps}
          ref={(element) => {
            field.ref(element)
            inputRef.current = element
          }}
          name={field.name}
          readOnly
          value={text}
          onFocus={(event) => event.currentTarget.select()}
          data-ik-slot="settings-field-input"
        />
        <button
          type="button"
          onClick={copy}
          aria-label={t('forms.copyLabel', { label: definition.label })}
          data-ik-slot="settings-field-copy"
          data-state={status}
        >
          {status === 'copied' ? t('forms.copied') : t('forms.copy')}
        </button>
      </div>
      <span role="status" data-ik-slot="settings-field-copy-status">
        {status === 'copied' ? t('forms.copied') : status === 'failed' ? t('forms.copyFailed') : ''}
      </span>
    </FieldShell>
  )
}
