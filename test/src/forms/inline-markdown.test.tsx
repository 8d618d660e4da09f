import { render } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InlineMarkdown } from '../../../components/forms/fields/FieldText'
import { interpolateInline, parseInlineMarkdown } from '../../../src/forms/inline-markdown'

describe('parseInlineMarkdown', () => {
  it('reads bold, italic, code and http(s) links', () => {
    expect(parseInlineMarkdown('a **b** *c* `d` [e](https://x.example/p)')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'strong', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'd' },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://x.example/p', children: [{ type: 'text', text: 'e' }] },
    ])
  })

  it('nests italic in bold, and keeps code literal', () => {
    expect(parseInlineMarkdown('**a *b***')).toEqual([
      {
        type: 'strong',
        children: [
          { type: 'text', text: 'a ' },
          { type: 'em', children: [{ type: 'text', text: 'b' }] },
        ],
      },
    ])
    expect(parseInlineMarkdown('`**x**`')).toEqual([{ type: 'code', text: '**x**' }])
  })

  it.each([
    ['unclosed bold', '**Super Admin'],
    ['arithmetic', '2 * 3 * 4'],
    ['javascript: link', '[x](javascript:alert(1))'],
    ['data: link', '[x](data:text/html,hi)'],
    ['relative link', '[x](/settings)'],
    ['raw HTML', '<b onclick="x">hi</b>'],
    ['a heading', '# Title'],
  ])('leaves %s as literal text', (_name, source) => {
    expect(parseInlineMarkdown(source)).toEqual([{ type: 'text', text: source }])
  })

  it('fills {{field_id}} in text only, never in a link target', () => {
    const nodes = parseInlineMarkdown('At **{{sub}}**: [{{sub}}](https://a.example/{{sub}})')
    const filled = interpolateInline(nodes, (id) => (id === 'sub' ? 'acme' : undefined))
    expect(filled).toEqual([
      { type: 'text', text: 'At ' },
      { type: 'strong', children: [{ type: 'text', text: 'acme' }] },
      { type: 'text', text: ': ' },
      {
        type: 'link',
        href: 'https://a.example/%7B%7Bsub%7D%7D',
        children: [{ type: 'text', text: 'acme' }],
      },
    ])
  })
})

/** Strings made mostly of the characters that matter to the reader, plus anything else. */
const markdownish = fc.string({
  unit: fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom('*', '**', '`', '[', ']', '(', ')', ' ', 'a', '{{', '}}'),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'https://x.example',
        'http://y.example/p?q=1',
        'javascript:alert(1)',
        'data:text/html,<b>x</b>',
        'vbscript:x',
        '//evil.example',
        '<script>',
        '<img src=x onerror=alert(1)>',
        '&lt;',
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  ),
  maxLength: 40,
})

describe('<InlineMarkdown> on arbitrary text', () => {
  it('renders only strong, em, code and http(s) links, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string()), (text) => {
        const { container, unmount } = render(<InlineMarkdown text={text} />)
        try {
          for (const element of container.querySelectorAll('*')) {
            expect(['STRONG', 'EM', 'CODE', 'A']).toContain(element.tagName)
            for (const attribute of element.getAttributeNames()) {
              expect(['href', 'target', 'rel']).toContain(attribute)
            }
            if (element.tagName === 'A') {
              expect(element.getAttribute('href')).toMatch(/^https?:\/\//)
              expect(element.getAttribute('rel')).toBe('noopener noreferrer')
            }
          }
        } finally {
          unmount()
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never loses or invents text outside the markers', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '(', ')') }), (text) => {
        const { container, unmount } = render(<InlineMarkdown text={text} />)
        try {
          expect(container.textContent).toBe(text)
        } finally {
          unmount()
        }
      }),
      { numRuns: 100 },
    )
  })
})
