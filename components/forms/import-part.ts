'use client'
/**
 * The import dialog's content as a lazily loaded part (../lazy-part.ts): importing existing
 * credentials is rarely done, so its form, validation and request are a chunk of their own.
 * ImportConnectionDialog loads it on intent (its trigger pointed at, pressed or focused) and when
 * it opens; loaded ahead, the dialog shows the form in its first commit.
 */
import { lazyPart } from '../lazy-part'

export const importPart = lazyPart(() => import('./ImportDialogContent'))
