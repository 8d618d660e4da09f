'use client'
/**
 * What the provider said about a failed sign-in, shown under the page's own sentence and never as
 * it: a short excerpt (see `providerMessageExcerpt`), quoted and labelled as the provider's, as a
 * plain text node isolated for bidirectional text. Anyone can put words into a callback URL; this
 * keeps them from reading as the page's own ("call this number to restore access").
 */
import { providerMessageExcerpt } from '../../src/oauth/provider-message'
import { useT } from '../i18n'

/** Stands in for the excerpt while the sentence around it is translated (NULs are cleaned out of it). */
const SLOT = '\u0000'

export function ProviderMessage({ text }: { text: string | undefined }) {
  const t = useT()
  const excerpt = providerMessageExcerpt(text ?? '')
  if (!excerpt) {
    return null
  }
  // The translated frame ('Message from the provider: “{message}”') around an isolated excerpt.
  const [before = '', after = ''] = t('oauth.providerMessage', { message: SLOT }).split(SLOT)
  return (
    <p data-ik-slot="provider-message">
      {before}
      <bdi>{excerpt}</bdi>
      {after}
    </p>
  )
}
