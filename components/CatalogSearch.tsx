'use client'
/**
 * The catalog search box: a labelled `type="search"` input (the label is visually hidden, the icon
 * and placeholder show its purpose). Escape clears it. Filtering happens as you type; the page
 * reports `catalog_searched` only once the query settles.
 */
import { useId, type ComponentProps, type KeyboardEvent, type Ref } from 'react'
import { useT } from './i18n'
import { Icon } from './icons'
import { visuallyHidden } from './visually-hidden'

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
        ref={inputRef}
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
