import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'

// findBy*/waitFor wait for a real condition, which can take seconds on a loaded machine. Each wait
// may use most of its test's own timeout (test/unit-test-tags.ts) instead of Testing Library's fixed
// 1 s, and a wait that never ends still fails before the test does, with the DOM in its message.
beforeEach(({ task }) => {
  configure({ asyncUtilTimeout: Math.round(task.timeout * 0.8) })
})

afterEach(() => {
  cleanup()
})

// jsdom has <dialog> but not its methods. Here they only open and close it (with the close event):
// the modal behaviour (focus moved in, the page behind inert, Escape) is checked in Chromium
// (test/e2e). Files that run in Node (`@vitest-environment node`) have no DOM at all.
if (typeof HTMLDialogElement !== 'undefined') {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true
  }
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    if (this.open) {
      this.open = false
      this.dispatchEvent(new Event('close'))
    }
  }
}
