/**
 * What the bench runs inside the page, installed with `page.addInitScript` before any app code:
 *
 * - long tasks, from a `longtask` PerformanceObserver;
 * - the time stamp of the last `click` and `keydown` (the input event's own `timeStamp`, on the
 *   navigation's clock), what click → shown and keystroke → painted are measured from;
 * - `waitFor(source, arg, stableFrames, timeoutMs)`: every animation frame, a condition (the body
 *   of a function of `arg`, returning a signature string when met, null otherwise) is evaluated.
 *   It resolves once the same signature has been seen for `stableFrames` more frames, with
 *   `paintedAt`: the start of the frame after the one the condition was first met in (a double
 *   requestAnimationFrame: that first frame has been painted by then). A signature that changes
 *   restarts the wait: for a debounced search that first shows an empty list, only the final list
 *   counts.
 *
 * The catalog wait starts in the init script itself, so it sees the first frame of the page.
 */
export function installProbe({ catalogSource, catalogArg, timeoutMs }) {
  const bench = { longTasks: [], lastClick: Number.NaN, lastKeydown: Number.NaN }
  window.__bench = bench
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration })
    }
  }).observe({ type: 'longtask', buffered: true })
  addEventListener('click', (event) => (bench.lastClick = event.timeStamp), true)
  addEventListener('keydown', (event) => (bench.lastKeydown = event.timeStamp), true)

  bench.waitFor = (source, arg, stableFrames, limitMs) =>
    new Promise((resolve) => {
      const signatureOf = new Function('arg', source)
      const started = performance.now()
      let candidate = null
      const frame = () => {
        const now = performance.now()
        let signature
        try {
          signature = signatureOf(arg) ?? null
        } catch {
          signature = null
        }
        if (signature === null) {
          candidate = null
        } else if (candidate === null || candidate.signature !== signature) {
          candidate = { signature, metAt: now, paintedAt: undefined, frames: 0 }
        } else {
          candidate.frames += 1
          candidate.paintedAt ??= now
        }
        if (candidate !== null && candidate.frames >= Math.max(1, stableFrames)) {
          resolve({ ok: true, ...candidate })
          return
        }
        if (now - started > limitMs) {
          resolve({ ok: false, signature })
          return
        }
        requestAnimationFrame(frame)
      }
      requestAnimationFrame(frame)
    })

  bench.catalog = bench.waitFor(catalogSource, catalogArg, 1, timeoutMs)
}
