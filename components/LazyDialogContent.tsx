'use client'
/**
 * The content of a dialog that is a lazily loaded part (./lazy-part.ts): the import-credentials
 * dialog's and the delete confirmation's (manage/dialog-parts.ts), rendered in the dialog's portal.
 * Once the part is in (in the dialog's first commit when it was loaded ahead), the content; until
 * then a frame stands in for it with its role, its header (the same element: the content's
 * `header` prop, so the dialog keeps its name, and its title is written once) and its way out,
 * saying "Loading…", or where the chunk could not be fetched, the error with Try again. The content
 * replaces the frame and places focus as opening does.
 */
import * as Dialog from '@radix-ui/react-dialog'
import type { ComponentProps, ReactNode } from 'react'
import { ErrorMessage, type ErrorMessageProps } from './ErrorMessage'
import { useLazyPart, type LazyPart } from './lazy-part'
import { ModalLayer, type ModalLayerProps } from './ModalLayer'
import { PortalRoot } from './PortalRoot'

export interface LazyDialogContentProps<P extends { header: ReactNode }> {
  /** The dialog's content. */
  part: LazyPart<P>
  /** The content's props; its `header` (the title, and the description if any) is the frame's too. */
  props: P
  /** The frame's Dialog.Content props, as the content's own: role, slot, class. */
  frame: ComponentProps<typeof Dialog.Content> & { 'data-ik-slot': string }
  /** The frame's overlay, as the content's: its slot, class and press. */
  layer: Omit<ModalLayerProps, 'children' | 'initialFocus'>
  /** What the frame says while the chunk loads. */
  loading: string
  /** The alert that says the chunk could not be fetched: what failed, the alert's slot and class. */
  failure: Pick<ErrorMessageProps, 'place' | 'className'> & { 'data-ik-slot': string }
  /** After the status: the content's way out (its close button, its Cancel). */
  children: ReactNode
}

export function LazyDialogContent<P extends { header: ReactNode }>({
  part,
  props,
  frame,
  layer,
  loading,
  failure,
  children,
}: LazyDialogContentProps<P>) {
  const { component: Content, error, retry, retried } = useLazyPart(part)
  if (Content) {
    return <Content {...props} />
  }
  return (
    <PortalRoot>
      <ModalLayer {...layer}>
        <Dialog.Content
          {...frame}
          onCloseAutoFocus={(event) => {
            // Replaced by the content (the dialog still open): the content places focus, not the
            // trigger. Closed while loading: focus goes back to the trigger.
            if (part.current) {
              event.preventDefault()
            }
          }}
        >
          {props.header}
          {error ? (
            <ErrorMessage
              {...failure}
              error={error}
              retried={retried}
              onRetry={retry}
              alwaysRetry
            />
          ) : (
            <p role="status">{loading}</p>
          )}
          {children}
        </Dialog.Content>
      </ModalLayer>
    </PortalRoot>
  )
}
