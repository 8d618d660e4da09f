'use client'
import { Fragment, useMemo, type ReactNode } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { fieldKey, normaliseFieldType, valueToText } from '../../../src/forms/form-fields'
import {
  hasPlaceholders,
  interpolateInline,
  parseInlineMarkdown,
  type InlineNode,
} from '../../../src/forms/inline-markdown'
import type { FormField } from '../../../src/types'
import { useFormFields } from './form-fields-context'

function renderNodes(nodes: readonly InlineNode[]): ReactNode {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={index}>{node.text}</Fragment>
      case 'code':
        return <code key={index}>{node.text}</code>
      case 'strong':
        return <strong key={index}>{renderNodes(node.children)}</strong>
      case 'em':
        return <em key={index}>{renderNodes(node.children)}</em>
      case 'link':
        // The href passed safeUrl in the parser: only absolute http(s) URLs reach here.
        return (
          <a key={index} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderNodes(node.children)}
          </a>
        )
    }
  })
}

/**
 * API text with inline Markdown (bold, italic, code, http(s) links) rendered as React elements,
 * never as HTML. See src/forms/inline-markdown.ts for what is recognised.
 */
export function InlineMarkdown({ text }: { text: string }) {
  const nodes = useMemo(() => parseInlineMarkdown(text), [text])
  return <>{renderNodes(nodes)}</>
}

/** Secrets are never echoed into help text, whatever a description asks for. */
function isSecret(field: FormField): boolean {
  return Boolean(field.sensitive) || normaliseFieldType(field.type) === 'password'
}

function InterpolatedMarkdown({ text }: { text: string }) {
  const fields = useFormFields()
  const values: unknown = useWatch({ name: 'settings' })
  const nodes = useMemo(() => {
    const settings = (typeof values === 'object' && values !== null ? values : {}) as Record<
      string,
      unknown
    >
    const lookup = (id: string) => {
      const field = fields.find((candidate) => candidate.id === id)
      if (!field || isSecret(field)) {
        return undefined
      }
      return valueToText(settings[fieldKey(id)])
    }
    return interpolateInline(parseInlineMarkdown(text), lookup)
  }, [text, fields, values])
  return <>{renderNodes(nodes)}</>
}

/**
 * A field's label-free help text (description, info block): inline Markdown, plus `{{field_id}}`
 * filled in with the current value of another field of the form, as Apideck's own forms do
 * ("Your webhook: {{webhook_url}}"). Only text with placeholders subscribes to form values.
 */
export function FieldText({ text }: { text: string }) {
  const form = useFormContext() as ReturnType<typeof useFormContext> | null
  if (form && hasPlaceholders(text)) {
    return <InterpolatedMarkdown text={text} />
  }
  return <InlineMarkdown text={text} />
}
