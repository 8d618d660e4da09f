/** `text` as a RegExp source that matches it literally (a mock's base URL in its route patterns). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
