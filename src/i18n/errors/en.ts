/**
 * English messages for failures (src/error-message.ts picks them). A message is two sentences:
 * a summary of what failed, where (it names the action and the connector), and a reason that says
 * what happened in the user's terms and what they can do. Backend text never goes into either: the
 * technical detail (status, code, request id) is in the collapsed "Details" line, for support.
 */
export const errorsEn = {
  /** How the two sentences are joined; a locale whose sentences need another joiner changes it. */
  'errors.sentence': '{summary} {reason}',

  'errors.summary.catalog': 'The integrations could not be loaded.',
  'errors.summary.details': 'The details of {name} could not be loaded.',
  'errors.summary.enable': '{name} could not be enabled.',
  'errors.summary.disable': '{name} could not be disabled.',
  'errors.summary.settingsLoad': 'The settings could not be loaded.',
  'errors.summary.deleteDialog': 'The delete confirmation could not be loaded.',
  'errors.summary.settingsSave': 'The settings of {name} could not be saved.',
  'errors.summary.resourceLoad': 'The {resource} defaults could not be loaded.',
  'errors.summary.resourceSave': 'The {resource} defaults could not be saved.',
  'errors.summary.add': '{name} could not be added.',
  'errors.summary.create': 'The {name} connection could not be created.',
  'errors.summary.credentials': 'Your credentials from {name} could not be checked.',
  'errors.summary.connect': '{name} could not be connected.',
  'errors.summary.import': 'The credentials for {name} could not be imported.',
  'errors.summary.delete': '{name} could not be deleted.',
  'errors.summary.validate': 'The connection to {name} could not be tested.',
  'errors.summary.revoke': '{name} could not be disconnected.',

  'errors.reason.invalidValues': 'Some values were not accepted. Check them and try again.',
  'errors.reason.rejected':
    'The request was not accepted. If this keeps happening, contact support.',
  'errors.reason.session': 'Your session has expired or is no longer valid. Sign in again.',
  'errors.reason.plan': "Your plan doesn't include this. Ask an administrator to upgrade it.",
  'errors.reason.permission': "You don't have permission to do this. Ask an administrator.",
  'errors.reason.permissionScope':
    "This needs the {scope} permission, which hasn't been granted. Ask an administrator to grant it.",
  'errors.reason.notFound': 'It no longer exists. Reload the page to see the current state.',
  'errors.reason.conflict': 'It was changed somewhere else at the same time. Reload and try again.',
  'errors.reason.rateLimited':
    'There are too many requests right now. Wait a moment and try again.',
  'errors.reason.rateLimitedWait': {
    one: 'There are too many requests right now. Try again in {count} second.',
    other: 'There are too many requests right now. Try again in {count} seconds.',
  },
  'errors.reason.rateLimitedRetried':
    'There are too many requests right now, even after trying again automatically. Try again later.',
  'errors.reason.server': 'The service ran into a problem. Try again in a moment.',
  'errors.reason.serverRetried':
    'The service ran into a problem, even after trying again automatically. Try again later.',
  'errors.reason.offline':
    "The service can't be reached. Check your internet connection and try again.",
  'errors.reason.offlineRetried':
    "The service can't be reached, even after trying again automatically. Check your internet connection and try again later.",
  'errors.reason.timeout': 'The service took too long to answer. Try again.',
  'errors.reason.timeoutRetried':
    'The service took too long to answer, even after trying again automatically. Try again later.',
  'errors.reason.unreadable':
    "The service sent an answer that couldn't be read. Try again; if this keeps happening, contact support.",
  'errors.reason.cancelled': 'The request was cancelled. Try again.',
  'errors.reason.unsupported': "This isn't available for this integration.",
  'errors.reason.notDownloaded':
    "Part of the page couldn't be downloaded. Check your internet connection and try again.",
  'errors.reason.notDownloadedRetried':
    "Part of the page still couldn't be downloaded. Reload the page to try again.",
  'errors.reason.unexpected':
    'Something went wrong. Try again; if this keeps happening, contact support.',
  'errors.reason.noAuthorizeUrl':
    'Its sign-in address is missing or not safe to open. Contact support.',
  'errors.reason.noRevokeUrl':
    'Its sign-out address is missing or not safe to open. Contact support.',

  'errors.retry': 'Try again',
  'errors.reload': 'Reload page',
  'errors.details': 'Details',
  'errors.details.status': 'Status {status}',
  'errors.details.failure': 'Failure {failure}',
  'errors.details.code': 'Code {code}',
  'errors.details.reference': 'Reference {requestId}',
} as const

export type ErrorsMessageKey = keyof typeof errorsEn
