/**
 * One `Intl.DateTimeFormat` per locale and options, kept: building one costs far more than
 * formatting with it, and the consent history and the request logs format a date per row. An
 * invalid locale tag falls back to English rather than break rendering. The keys are few (the page's
 * locale times a handful of option sets), so the cache is not bounded.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

export function dateFormatter(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}\n${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat(locale, options)
    } catch {
      formatter = new Intl.DateTimeFormat('en', options)
    }
    formatters.set(key, formatter)
  }
  return formatter
}
