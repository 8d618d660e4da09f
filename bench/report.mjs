/**
 * Turns the bench's per-load samples into the printed table (medians, ratio of medians, per-load
 * ratios) and the README's Markdown table. Nothing here is judged: figures are printed, not
 * asserted.
 */

export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (sorted.length === 0) {
    return Number.NaN
  }
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The metrics of one load, in table order: key, label, unit. */
export const METRICS = [
  ['entries', 'entries painted on load', 'count'],
  ['catalogPainted', 'navigation → entries painted', 'ms'],
  ['listToPainted', 'list response → entries painted', 'ms'],
  ['searchPainted', `search keystroke → settled list painted`, 'ms'],
  ['searchEntries', '  entries after the keystroke', 'count'],
  ['connectedShown', 'open connected (Salesforce): click → details shown', 'ms'],
  ['connectedSettled', '  click → entrance animation finished', 'ms'],
  ['availableShown', 'open available (Shopify): click → details shown', 'ms'],
  ['availableSettled', '  click → entrance animation finished', 'ms'],
  ['heapMB', 'JS heap after GC, catalog shown', 'MB'],
  ['domNodes', 'DOM elements, catalog shown', 'count'],
  ['longTasks', 'long tasks until painted', 'count'],
  ['longTaskMs', '  their total duration', 'ms'],
  ['catalogRequests', 'requests to show the catalog (+ CORS preflights)', 'count'],
  ['connectedRequests', 'requests to open Salesforce', 'count'],
  ['availableRequests', 'requests to open Shopify', 'count'],
]

const format = (value, unit) => {
  if (!Number.isFinite(value)) {
    return '—'
  }
  if (unit === 'count') {
    return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(1)
  }
  return unit === 'MB' ? `${value.toFixed(1)} MB` : `${value.toFixed(0)} ms`
}

const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : Number.NaN)
const formatRatio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—')

/**
 * One row per metric: both medians, the ratio of the medians (ours / theirs) and the per-load
 * ratios (load i of ours against load i of react-vault, which ran next to it).
 */
export function summarise(samples) {
  const { ours = [], 'react-vault': theirs = [] } = samples
  return METRICS.map(([key, label, unit]) => {
    const oursValues = ours.map((load) => load[key])
    const theirValues = theirs.map((load) => load[key])
    const perLoad = oursValues
      .map((value, index) => ratio(value, theirValues[index]))
      .filter(Number.isFinite)
    const extra = key === 'catalogRequests' ? 'preflights' : undefined
    return {
      key,
      label,
      unit,
      ours: median(oursValues),
      theirs: median(theirValues),
      oursExtra: extra ? median(ours.map((load) => load[extra])) : undefined,
      theirsExtra: extra ? median(theirs.map((load) => load[extra])) : undefined,
      ratio: ratio(median(oursValues), median(theirValues)),
      perLoad,
    }
  })
}

const withExtra = (value, extra, unit) =>
  format(value, unit) + (Number.isFinite(extra) ? ` (+${format(extra, 'count')})` : '')

export function printTable(title, rows) {
  console.log(`\n${title}`)
  console.log(
    `${'metric (median)'.padEnd(54)}${'ours'.padStart(12)}${'react-vault'.padStart(14)}` +
      `${'ratio'.padStart(8)}  per-load ratios`,
  )
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(54)}${withExtra(row.ours, row.oursExtra, row.unit).padStart(12)}` +
        `${withExtra(row.theirs, row.theirsExtra, row.unit).padStart(14)}` +
        `${formatRatio(row.ratio).padStart(8)}  ${row.perLoad.map((value) => value.toFixed(2)).join(' ')}`,
    )
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

export function bytesRows(bytes) {
  const pick = (app, react, part) => bytes[app]?.[react]?.[part]
  return [
    ['JS gzip, first load, React included', 'reactIncluded', 'firstLoadGzip'],
    ['JS gzip, all chunks, React included', 'reactIncluded', 'allChunksGzip'],
    ['JS gzip, first load, React excluded', 'reactExcluded', 'firstLoadGzip'],
    ['JS gzip, all chunks, React excluded', 'reactExcluded', 'allChunksGzip'],
  ].map(([label, react, part]) => {
    const ours = pick('ours', react, part)
    const theirs = pick('react-vault', react, part)
    return { label, ours, theirs, ratio: ratio(ours, theirs) }
  })
}

export function printBytes(rows) {
  console.log('\nbytes (Vite production build, minified, gzip level 9)')
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(54)}${kb(row.ours).padStart(12)}${kb(row.theirs).padStart(14)}` +
        `${formatRatio(row.ratio).padStart(8)}`,
    )
  }
}

/** The README's table: one section per catalog size, then the bytes. */
export function markdownTable(sections, bytes) {
  const lines = [
    '| metric (median) | integrations-kit | react-vault 0.12.9 | ours / theirs |',
    '|---|---:|---:|---:|',
  ]
  for (const { title, rows } of sections) {
    lines.push(`| **${title}** | | | |`)
    for (const row of rows) {
      lines.push(
        `| ${row.label.trim()} | ${withExtra(row.ours, row.oursExtra, row.unit)} | ` +
          `${withExtra(row.theirs, row.theirsExtra, row.unit)} | ${formatRatio(row.ratio)} |`,
      )
    }
  }
  lines.push('| **bytes** (gzip) | | | |')
  for (const row of bytes) {
    lines.push(`| ${row.label} | ${kb(row.ours)} | ${kb(row.theirs)} | ${formatRatio(row.ratio)} |`)
  }
  return lines.join('\n')
}
