/**
 * lazyPart and useLazyPart: a part loaded ahead renders in the first render (no Suspense, so no
 * throttled reveal); one not loaded yet renders its fallback, then the component once the import
 * resolves (one import however many render it); a failed import gives the error and retry() imports
 * afresh; a part in error shows its component once another load of it (a card's intent) succeeds.
 */
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { lazyPart, useLazyPart, type LazyPart } from '../../components/lazy-part'

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>
}

/** What each render of the host saw: the component's presence, in order. */
let renders: boolean[] = []

function Host({ part }: { part: LazyPart<{ name: string }> }) {
  const { component: Part, error, retry, retried } = useLazyPart(part)
  renders.push(Part !== undefined)
  if (Part) {
    return <Part name="Ada" />
  }
  return error ? (
    <div role="alert">
      {String(error)}
      <button type="button" onClick={retry}>
        {retried ? 'Reload page' : 'Try again'}
      </button>
    </div>
  ) : (
    <p role="status">Loading</p>
  )
}

/** A promise settled from the test. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** An importer whose first import fails as a chunk the browser could not fetch, the next succeeds. */
const failingOnce = () =>
  vi
    .fn<() => Promise<{ default: typeof Greeting }>>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
    .mockResolvedValueOnce({ default: Greeting })

describe('lazyPart', () => {
  it('a part already loaded renders in the first render, without a fallback', async () => {
    const part = lazyPart(() => Promise.resolve({ default: Greeting }))
    await part.load()
    expect(part.current).toBe(Greeting)
    renders = []
    render(<Host part={part} />)
    expect(renders[0]).toBe(true)
    expect(screen.getByText('Hello Ada')).toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('a part not loaded yet shows the fallback, then the component once its import resolves; one import for all', async () => {
    const chunk = deferred<{ default: typeof Greeting }>()
    const importer = vi.fn(() => chunk.promise)
    const part = lazyPart(importer)
    renders = []
    render(
      <>
        <Host part={part} />
        <Host part={part} />
      </>,
    )
    expect(screen.getAllByRole('status')).toHaveLength(2)
    expect(renders.slice(0, 2)).toEqual([false, false])
    expect(importer).toHaveBeenCalledTimes(1)

    await act(async () => chunk.resolve({ default: Greeting }))
    expect(screen.getAllByText('Hello Ada')).toHaveLength(2)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(importer).toHaveBeenCalledTimes(1)
    // load() after that is the same import, settled.
    await expect(part.load()).resolves.toBe(Greeting)
    expect(importer).toHaveBeenCalledTimes(1)
  })

  it('a failed import gives the error; retry imports afresh and renders the component', async () => {
    const importer = failingOnce()
    const part = lazyPart(importer)
    render(<Host part={part} />)

    const alert = await screen.findByRole('alert')
    // Said as what it is to the user (src/error-message.ts reads the code), the browser's own error
    // kept as its cause.
    expect(alert).toHaveTextContent('A part of the page could not be downloaded.')
    expect(part.current).toBeUndefined()
    expect(importer).toHaveBeenCalledTimes(1)

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(importer).toHaveBeenCalledTimes(2)
  })

  it('a part shown in error turns into its component when another load of the part succeeds', async () => {
    const importer = failingOnce()
    const part = lazyPart(importer)
    render(<Host part={part} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be downloaded')

    // Not the part's Try again: a load from elsewhere (the page's prefetch on a card's intent).
    await act(() => part.load())
    expect(screen.getByText('Hello Ada')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(importer).toHaveBeenCalledTimes(2)
  })

  it('a retry that fails too turns Try again into a reload of the page (Chromium keeps a failed import)', async () => {
    const failed = new TypeError('Failed to fetch dynamically imported module')
    const importer = vi.fn<() => Promise<{ default: typeof Greeting }>>().mockRejectedValue(failed)
    const part = lazyPart(importer)
    render(<Host part={part} />)
    await screen.findByRole('alert')
    await expect(part.load()).rejects.toMatchObject({ code: 'chunk', cause: failed })

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    const reload = await screen.findByRole('button', { name: 'Reload page' })
    expect(importer).toHaveBeenCalledTimes(3)
    // jsdom cannot navigate: the page's location is a stand-in that records the reload.
    const reloadPage = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload: reloadPage })
    try {
      await userEvent.click(reload)
    } finally {
      vi.unstubAllGlobals()
    }
    expect(reloadPage).toHaveBeenCalledTimes(1)
    expect(importer).toHaveBeenCalledTimes(3)
  })
})
