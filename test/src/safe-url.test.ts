import { safeUrl } from 'integrations-kit'

describe('safeUrl', () => {
  it.each([
    ['https://www.salesforce.com', 'https://www.salesforce.com/'],
    ['http://example.com/logo.png?size=2', 'http://example.com/logo.png?size=2'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    [
      'https://unify.apideck.com/vault/authorize/x/app?state=abc',
      'https://unify.apideck.com/vault/authorize/x/app?state=abc',
    ],
  ])('passes the http(s) URL %j as %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected)
  })

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['  javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['data:image/svg+xml;base64,PHN2Zz4='],
    ['vbscript:msgbox(1)'],
    ['blob:https://example.com/uuid'],
    ['file:///etc/passwd'],
    ['ftp://example.com/file'],
    ['//evil.test/logo.png'],
    ['/relative/path'],
    ['relative.png'],
    ['https:evil.test'],
    ['https:/evil.test'],
    ['https:\\\\evil.test'],
    ['https:///evil.test'],
    ['https://example.com@evil.test/'],
    ['https://user:pass@example.com/'],
    ['https://exa\u0000mple.com'],
    ['https://example.com/a\u2028b'],
    ['https://'],
    [''],
    ['   '],
  ])('rejects %j', (input) => {
    expect(safeUrl(input)).toBeNull()
  })

  it.each([[null], [undefined], [42], [{ href: 'https://example.com' }], [['https://a.b']]])(
    'rejects the non-string %j',
    (input) => {
      expect(safeUrl(input)).toBeNull()
    },
  )
})
