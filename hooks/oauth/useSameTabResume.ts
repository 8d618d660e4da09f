'use client'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useIntegrationsAdapter } from '../IntegrationsProvider'
import { useConfirmConnection } from '../useConfirmConnection'
import { useIntegrationsEvents } from '../useIntegrationsEvents'
import type { SameTabResumeEnvironment } from './same-tab-resume'
import type { ResumeSameTabAuthorizationState } from './useResumeSameTabAuthorization'

const idle: ResumeSameTabAuthorizationState = {
  status: 'idle',
  connectionRef: null,
  flow: null,
  error: null,
}

/**
 * The hook around a resume: `start` runs once per mount, after the first render (never during
 * it), and reports through the returned state. `useLazySameTabResume` passes one that loads the
 * work only when the address may hold a result.
 */
export function useSameTabResume(
  start: (
    environment: SameTabResumeEnvironment,
    setState: (state: ResumeSameTabAuthorizationState) => void,
  ) => void,
): ResumeSameTabAuthorizationState {
  const adapter = useIntegrationsAdapter()
  const queryClient = useQueryClient()
  const { mutateAsync: confirm } = useConfirmConnection()
  const events = useIntegrationsEvents()
  const [state, setState] = useState<ResumeSameTabAuthorizationState>(idle)
  // The URL is consumed on first read; StrictMode's second effect run must not read it again.
  const resumed = useRef(false)

  useEffect(() => {
    if (resumed.current) {
      return
    }
    resumed.current = true
    start({ adapter, queryClient, events, confirm }, setState)
    // `start` is read once, like the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [adapter, confirm, events, queryClient])

  return state
}
