'use client'
/**
 * The details panel's rarely opened dialogs as lazily loaded parts (../lazy-part.ts): importing
 * existing credentials and deleting a connection. Their contents (the questions, forms, requests
 * and outcomes) are one chunk (./dialog-contents.ts) that ImportConnectionDialog and
 * DeleteConnectionDialog load on intent (their trigger pointed at, pressed or focused) and when
 * they open; loaded ahead, the dialog shows its content in its first commit.
 */
import type { ImportDialogContentProps } from '../forms/ImportDialogContent'
import { lazyPart } from '../lazy-part'
import type { DeleteDialogContentProps } from './DeleteDialogContent'

const contents = () => import('./dialog-contents')

export const importPart = lazyPart<ImportDialogContentProps>(() =>
  contents().then((module) => ({ default: module.ImportDialogContent })),
)

export const deletePart = lazyPart<DeleteDialogContentProps>(() =>
  contents().then((module) => ({ default: module.DeleteDialogContent })),
)
