// The demo's OAuth callback page (integrations-kit). A static page cannot import the library, so
// this is a standalone copy of handleOAuthCallback() (src/oauth-callback.ts); keep the two in step.
//
// 1. Reads the result: hash #nonce&confirm_token&service_id (or #revoked=1&nonce&service_id), or
//    query ?error_type&error_message&service_id[&nonce]; removes it from the address bar first.
// 2. With an opener: posts { type: 'oauth_complete' | 'oauth_error' | 'oauth_revoked', … } to it with
//    targetOrigin = this page's origin (never '*'), announces it on BroadcastChannel
//    'integrations-kit:oauth', and closes.
// 3. Without: goes back to the same-tab attempt's returnTo (same-origin only) with the result in the hash.
;(function () {
  'use strict'

  var STORAGE_KEY = 'integrations-kit:oauth-same-tab'
  var CHANNEL = 'integrations-kit:oauth'
  var PARAMS = [
    'nonce',
    'confirm_token',
    'service_id',
    'error_type',
    'error_message',
    'error',
    'error_description',
    'revoked',
  ]

  function read(params) {
    var serviceId = params.get('service_id') || ''
    var nonce = params.get('nonce') || ''
    var errorType = params.get('error_type') || params.get('error')
    if (errorType) {
      var error = {
        type: 'oauth_error',
        error: errorType,
        errorDescription: params.get('error_message') || params.get('error_description') || '',
        serviceId: serviceId,
      }
      if (nonce) {
        error.nonce = nonce
      }
      return error
    }
    var confirmToken = params.get('confirm_token')
    if (confirmToken && nonce) {
      return {
        type: 'oauth_complete',
        nonce: nonce,
        confirmToken: confirmToken,
        serviceId: serviceId,
      }
    }
    if (params.get('revoked') === '1' && nonce) {
      return { type: 'oauth_revoked', nonce: nonce, serviceId: serviceId }
    }
    return null
  }

  function toHash(message) {
    var values = new URLSearchParams()
    if (message.type === 'oauth_complete') {
      values.set('nonce', message.nonce)
      values.set('confirm_token', message.confirmToken)
    } else if (message.type === 'oauth_revoked') {
      values.set('revoked', '1')
      values.set('nonce', message.nonce)
    } else {
      values.set('error_type', message.error)
      values.set('error_message', message.errorDescription)
      if (message.nonce) {
        values.set('nonce', message.nonce)
      }
    }
    values.set('service_id', message.serviceId)
    return values
  }

  function sameOrigin(value) {
    if (!value) {
      return null
    }
    try {
      var url = new URL(value, location.href)
      if (
        (url.protocol === 'http:' || url.protocol === 'https:') &&
        url.origin === location.origin
      ) {
        return url
      }
    } catch (_error) {
      // Not a URL.
    }
    return null
  }

  function storedAttempt() {
    try {
      var record = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null')
      return record && typeof record.returnTo === 'string' && record.ref ? record : null
    } catch (_error) {
      return null
    }
  }

  function broadcast(message) {
    if (typeof BroadcastChannel !== 'function') {
      return false
    }
    var channel = new BroadcastChannel(CHANNEL)
    channel.postMessage(message)
    channel.close()
    return true
  }

  function closeSoon() {
    setTimeout(function () {
      window.close()
    }, 100)
  }

  var url = new URL(location.href)
  var hash = new URLSearchParams(url.hash.slice(1))
  var message = read(hash) || read(url.searchParams)

  // Before anything else: the single-use token must not stay in the address bar or history.
  PARAMS.forEach(function (name) {
    url.searchParams.delete(name)
  })
  if (
    PARAMS.some(function (name) {
      return hash.has(name)
    })
  ) {
    url.hash = ''
  }
  history.replaceState(history.state, '', url.href)

  var opener = window.opener
  if (opener && opener !== window && !opener.closed) {
    if (message) {
      opener.postMessage(message, location.origin)
      broadcast(message)
    }
    closeSoon()
    return
  }

  if (message) {
    var record = storedAttempt()
    if (
      record &&
      (record.ref.serviceId !== message.serviceId ||
        (message.nonce && record.nonce !== message.nonce))
    ) {
      record = null
    }
    var back = sameOrigin(record ? record.returnTo : url.searchParams.get('ik_return_to'))
    if (back) {
      var values = toHash(message)
      var unifiedApi = record ? record.ref.unifiedApi : url.searchParams.get('ik_unified_api')
      if (unifiedApi) {
        values.set('ik_unified_api', unifiedApi)
      }
      back.hash = values.toString()
      location.replace(back.href)
      return
    }
    broadcast(message)
  }
  closeSoon()
})()
