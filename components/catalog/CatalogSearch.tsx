'use client'
/**
 * The catalog search box: a labelled `type="search"` input (the label is visually hidden, the icon
 * and placeholder show its purpose). Escape or our own "Clear search" button clears it; the native
 * clear × is hidden in CSS (browsers draw it unstyled, Chrome's is blue, and it has no name).
 * Filtering happens as you type; the page reports `catalog_searched` only once the query settles.
 */
import {
  useCallback,
  useId,
  useRef,
  type ComponentProps,
  type KeyboardEvent,
  type Ref,
} from 'react'
import { useT } from '../i18n'
import { Icon } from '../icons'
import { visuallyHidden } from '../visually-hidden'

export interface CatalogSearchProps extends Omit<
  ComponentProps<'div'>,
  'onChange' | 'defaultValue' | 'children'
> {
  value: string
  onValueChange: (value: string) => void
  inputRef?: Ref<HTMLInputElement>
  /** Called when the input loses focus (the page reports the search then). */
  onInputBlur?: () => void
  /** Shows the "/" hint. Default true. */
  showShortcut?: boolean
  inputClassName?: string
}

export function CatalogSearch({
  value,
  onValueChange,
  inputRef,
  onInputBlur,
  showShortcut = true,
  inputClassName,
  ...props
}: CatalogSearchProps) {
  const t = useT()
  const id = useId()
  const ownInputRef = useRef<HTMLInputElement | null>(null)
  // The host's ref and ours both see the input: ours puts focus back after the clear button.
  const setInputRef = useCallback(
    (input: HTMLInputElement | null) => {
      ownInputRef.current = input
      if (typeof inputRef === 'function') {
        inputRef(input)
      } else if (inputRef) {
        inputRef.current = input
      }
    },
    [inputRef],
  )
  const clear = () => {
    onValueChange('')
    ownInputRef.current?.focus()
  }
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && value !== '') {
      // Clearing is the first Escape; the next one may close something else.
      event.preventDefault()
      event.stopPropagation()
      onValueChange('')
    }
  }
  return (
    <div data-ik-slot="search" data-state={value ? 'filled' : 'empty'} {...props}>
      <label htmlFor={`${id}-input`} style={visuallyHidden}>
        {t('catalog.search.label')}
      </label>
      <Icon name="search" />
      <input
        ref={setInputRef}
        id={`${id}-input`}
        type="search"
        data-ik-slot="search-input"
        className={inputClassName}
        value={value}
        placeholder={t('catalog.search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-describedby={showShortcut ? `${id}-shortcut` : undefined}
        onChange={(event) => onValueChange(event.target.value)}
        onKeyDown={handleKeyDown}
        onBlur={onInputBlur}
      />
      {value ? (
        <button
          type="button"
          data-ik-slot="search-clear"
          aria-label={t('catalog.noMatch.clearSearch')}
          aria-controls={`${id}-input`}
          onClick={clear}
        >
          <Icon name="close" />
        </button>
      ) : null}
      {showShortcut ? (
        <>
          <kbd data-ik-slot="search-shortcut" aria-hidden="true">
            /
          </kbd>
          <span id={`${id}-shortcut`} style={visuallyHidden}>
            {t('catalog.search.shortcut')}
          </span>
        </>
      ) : null}
    </div>
  )
}
