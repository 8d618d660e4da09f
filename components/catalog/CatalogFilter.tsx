'use client'
/**
 * A single-choice filter as a native radio group (fieldset + legend): arrow keys, group semantics
 * and right-to-left order come from the browser, the radios are visually hidden and their labels
 * styled as chips. Used for the category filter and the All / Connected / Available switch.
 */
import { useId, type ComponentProps, type ReactNode } from 'react'
import { visuallyHidden } from '../visually-hidden'

export interface CatalogFilterOption<V extends string> {
  value: V
  label: ReactNode
  /** Shown after the label ("CRM 12"). */
  count?: number
}

export interface CatalogFilterProps<V extends string> extends Omit<
  ComponentProps<'fieldset'>,
  'onChange' | 'children'
> {
  legend: string
  options: readonly CatalogFilterOption<V>[]
  value: V
  onValueChange: (value: V) => void
  /** 'chips' (wrapping pills) or 'segmented' (a joined switch). Default 'chips'. */
  variant?: 'chips' | 'segmented'
  optionClassName?: string
}

export function CatalogFilter<V extends string>({
  legend,
  options,
  value,
  onValueChange,
  variant = 'chips',
  optionClassName,
  ...props
}: CatalogFilterProps<V>) {
  const name = useId()
  return (
    <fieldset data-ik-slot="filter" data-variant={variant} {...props}>
      <legend style={visuallyHidden}>{legend}</legend>
      {options.map((option) => {
        const checked = option.value === value
        return (
          <label
            key={option.value}
            data-ik-slot="filter-option"
            data-state={checked ? 'on' : 'off'}
            className={optionClassName}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={checked}
              onChange={() => onValueChange(option.value)}
              style={visuallyHidden}
            />
            {/* dir="auto": a category name from the API keeps its own direction, isolated from the
                count after it; a long one is cut by the stylesheet, `title` keeps it whole. */}
            <span
              data-ik-slot="filter-label"
              dir="auto"
              title={typeof option.label === 'string' ? option.label : undefined}
            >
              {option.label}
            </span>
            {option.count !== undefined ? (
              <>
                {' '}
                <span data-ik-slot="filter-count">{option.count}</span>
              </>
            ) : null}
          </label>
        )
      })}
    </fieldset>
  )
}
