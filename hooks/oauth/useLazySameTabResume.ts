'use client'
/**
 * The page's `useResumeSameTabAuthorization`: the same state, but the work of a resume (reading
 * and checking the result, confirming it) loads only when the address may hold a result, so a
 * page that was not returned to does not ship it before its catalog paints.
 *
 * "May hold a result": a non-empty `service_id` in the query or the hash. Without one,
 * `resumeSameTabAuthorization` finds no result and changes nothing (not even the URL), so not
 * loading it changes nothing either. With one, the resume runs once its code has loaded.
 */
import type { ResumeSameTabAuthorizationState } from './useResumeSameTabAuthorization'
import { useSameTabResume } from './useSameTabResume'
import type { SameTabResumeEnvironment } from './same-tab-resume'

/** Whether `href` names a connector in its query or its hash (a callback result always does). */
export function mayHoldSameTabResult(href: string): boolean {
  try {
    const url = new URL(href)
    return Boolean(
      url.searchParams.get('service_id') ||
      new URLSearchParams(url.hash.slice(1)).get('service_id'),
    )
  } catch {
    return false
  }
}

function startWhenReturned(
  environment: SameTabResumeEnvironment,
  setState: (state: ResumeSameTabAuthorizationState) => void,
) {
  if (mayHoldSameTabResult(window.location.href)) {
    void import('./same-tab-resume').then(({ runSameTabResume }) =>
      runSameTabResume(environment, setState),
    )
  }
}

export function useLazySameTabResume(): ResumeSameTabAuthorizationState {
  return useSameTabResume(startWhenReturned)
}
