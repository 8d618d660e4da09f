/**
 * The contents of the details panel's rarely opened dialogs, one chunk: importing existing
 * credentials and deleting a connection (./dialog-parts.ts loads it). One chunk rather than one
 * each: apart, each reached a different slice of the modules the page shares with the panel, and
 * the bundler split those into more, smaller chunks that first paint then loads (+0.1 KB gzip).
 */
export { ImportDialogContent } from '../forms/ImportDialogContent'
export { DeleteDialogContent } from './DeleteDialogContent'
