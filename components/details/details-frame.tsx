'use client'
/**
 * What differs between the two frames of a connector's details: in the side panel (a Radix Dialog)
 * the title, description and close button are the dialog's own, which name and describe it and
 * close it; inline (a section of the host's page) they are a heading that labels the section, a
 * paragraph, and a button that deselects the connector. The section parts render these, so one
 * body serves both frames.
 */
import * as Dialog from '@radix-ui/react-dialog'
import { Slot } from '@radix-ui/react-slot'
import { createContext, useContext, type ComponentProps } from 'react'

export type DetailsFrame =
  | { kind: 'dialog' }
  /** Inline; without `close` there is no Close button (the page shows this connector only). */
  | { kind: 'inline'; titleId: string; close?: () => void }

const dialogFrame: DetailsFrame = { kind: 'dialog' }

export const DetailsFrameContext = createContext<DetailsFrame>(dialogFrame)

export function DetailsTitle(props: ComponentProps<'h2'>) {
  const frame = useContext(DetailsFrameContext)
  // Inline, the page's own title is the h2 above: the connector's name is a level below it.
  return frame.kind === 'dialog' ? (
    <Dialog.Title {...props} />
  ) : (
    <h3 id={frame.titleId} {...props} />
  )
}

export function DetailsDescription({
  asChild,
  ...props
}: ComponentProps<'p'> & { asChild?: boolean }) {
  const frame = useContext(DetailsFrameContext)
  if (frame.kind === 'dialog') {
    return <Dialog.Description asChild={asChild} {...props} />
  }
  const Component = asChild ? Slot : 'p'
  return <Component {...props} />
}

export function DetailsClose(props: ComponentProps<'button'>) {
  const frame = useContext(DetailsFrameContext)
  if (frame.kind === 'dialog') {
    return <Dialog.Close {...props} />
  }
  return frame.close ? <button type="button" onClick={frame.close} {...props} /> : null
}
