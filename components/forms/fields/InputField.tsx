'use client'
import { useLayoutEffect } from '@radix-ui/react-use-layout-effect'
import { useCallback, useRef, useState, type ClipboardEvent, type ReactNode } from 'react'
import { stripAdornments, valueToText } from '../../../src/forms/form-fields'
import type { FieldValue } from '../../../src/types'
import { usePanelT } from '../../usePanelT'
import { IconSvg } from '../../icons'
import { FieldShell } from './FieldShell'
import type { FieldComponentProps } from './types'
import { useFieldControl } from './useFieldControl'

export interface InputFieldProps extends FieldComponentProps {
  /** The HTML input type; `password` (or `definition.sensitive`) masks it with a reveal toggle. */
  inputType?: 'text' | 'email' | 'url' | 'tel' | 'password'
  /** Help under the control, linked by aria-describedby. */
  hint?: string | null
  /** Suggestions (a `<datalist>`); the user may still type anything. */
  suggestions?: ReactNode
  /** Text → stored value (default: the text itself). */
  parse?: (text: string) => FieldValue
}

function EyeIcon({ crossed }: { crossed: boolean }) {
  return (
    <IconSvg>
      <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
      {crossed ? <path d="M4 4l16 16" /> : null}
    </IconSvg>
  )
}

/**
 * A single-line input for the text-like types, with prefix/suffix adornments (a pasted value that
 * repeats them is trimmed), masking and a reveal toggle for secrets, and optional suggestions.
 */
export function InputField({
  definition,
  name,
  inputType = 'text',
  hint,
  suggestions,
  parse = (text) => text,
}: InputFieldProps) {
  const t = usePanelT()
  const masked = inputType === 'password' || Boolean(definition.sensitive)
  const [revealed, setRevealed] = useState(false)
  const { field, error, ids, readOnly, controlProps } = useFieldControl(definition, name, { hint })
  const listId = suggestions ? `${ids.control}-list` : undefined
  const adorned = Boolean(definition.prefix || definition.suffix)
  const text = valueToText(field.value)

  // A masked input is uncontrolled: React mirrors a controlled `value` (and a `defaultValue`) into
  // the `value` attribute, which travels with outerHTML, DOM snapshots and session-replay
  // recordings. The secret is written to the DOM property only, here, whenever the form's value
  // differs from what the input holds (the initial value, a reset, a trimmed paste).
  const inputRef = useRef<HTMLInputElement | null>(null)
  const { ref: registerRef } = field
  const setInputRef = useCallback(
    (element: HTMLInputElement | null) => {
      inputRef.current = element
      registerRef(element)
    },
    [registerRef],
  )
  // Before paint, so the secret is never shown unmasked; a no-op on the server.
  useLayoutEffect(() => {
    const input = inputRef.current
    if (masked && input && input.value !== text) {
      input.value = text
    }
  }, [masked, text])

  function handlePaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData('text')
    const stripped = stripAdornments(pasted, definition)
    if (stripped === pasted) {
      return
    }
    event.preventDefault()
    const input = event.currentTarget
    const start = input.selectionStart ?? input.value.length
    const end = input.selectionEnd ?? start
    const next = input.value.slice(0, start) + stripped + input.value.slice(end)
    if (masked) {
      // Uncontrolled: the form's value follows the input, so the input changes first.
      input.value = next
    }
    field.onChange(parse(next))
  }

  return (
    <FieldShell definition={definition} ids={ids} error={error} hint={hint}>
      <div data-ik-slot="settings-field-control" data-ik-adorned={adorned ? '' : undefined}>
        {definition.prefix ? (
          // dir="auto": "https://" or ".bamboohr.com" keep their punctuation in place in RTL.
          <span id={ids.prefix} dir="auto" data-ik-slot="settings-field-prefix">
            {definition.prefix}
          </span>
        ) : null}
        <input
          {...controlProps}
          ref={setInputRef}
          name={field.name}
          type={masked ? (revealed ? 'text' : 'password') : inputType}
          // Masked: no `value` prop at all (see above); the layout effect sets the property.
          {...(masked ? {} : { value: text })}
          onChange={(event) => field.onChange(parse(event.target.value))}
          onBlur={field.onBlur}
          onPaste={adorned && !readOnly ? handlePaste : undefined}
          readOnly={readOnly}
          placeholder={definition.placeholder ?? undefined}
          // Settings are not the user's personal data: no autofill; secrets never offered to save.
          autoComplete={masked ? 'new-password' : 'off'}
          spellCheck={masked ? false : undefined}
          autoCapitalize={masked ? 'off' : undefined}
          list={listId}
          data-ik-slot="settings-field-input"
        />
        {definition.suffix ? (
          <span id={ids.suffix} dir="auto" data-ik-slot="settings-field-suffix">
            {definition.suffix}
          </span>
        ) : null}
        {masked ? (
          <button
            type="button"
            aria-pressed={revealed}
            aria-label={t('forms.reveal', { label: definition.label })}
            aria-controls={ids.control}
            onClick={() => setRevealed((shown) => !shown)}
            data-ik-slot="settings-field-reveal"
          >
            <EyeIcon crossed={revealed} />
          </button>
        ) : null}
        {suggestions && listId ? <datalist id={listId}>{suggestions}</datalist> : null}
      </div>
    </FieldShell>
  )
}
