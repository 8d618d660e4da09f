// The demo's fake OAuth provider (integrations-kit). Not part of the library.
//
// Authorize: consent.html?service_id=…&state=…&redirect_uri=…&nonce=…
//   Allow → redirect_uri#nonce=…&confirm_token=mock-confirm.<service_id>.<nonce>&service_id=…
//   Deny  → redirect_uri?error_type=access_denied&error_message=…&service_id=…&nonce=…
// Revoke: consent.html?mode=revoke&service_id=…&unified_api=…&redirect_uri=…&nonce=…
//   Disconnect → posts { type: 'ik-mock-revoke', unifiedApi, serviceId } to the opener (same origin
//   only), which a Storybook/demo-only listener forwards to the mock backend (the MSW worker does
//   not serve this popup), then → redirect_uri#revoked=1&nonce=…&service_id=…
//
// redirect_uri must be on this page's origin: even a demo must not model an open redirect.
;(function () {
  'use strict'

  var params = new URLSearchParams(location.search)
  var mode = params.get('mode') === 'revoke' ? 'revoke' : 'authorize'
  var serviceId = params.get('service_id') || ''
  var unifiedApi = params.get('unified_api') || ''
  var nonce = params.get('nonce') || ''
  var title = document.getElementById('title')
  var description = document.getElementById('description')
  var scopes = document.getElementById('scopes')
  var problem = document.getElementById('problem')
  var allow = document.getElementById('allow')
  var deny = document.getElementById('deny')

  function displayName(id) {
    return id
      .split(/[-_]/)
      .filter(Boolean)
      .map(function (word) {
        return word.charAt(0).toUpperCase() + word.slice(1)
      })
      .join(' ')
  }

  function sameOriginRedirect(value) {
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

  function showProblem(text) {
    description.textContent = ''
    problem.textContent = text
    problem.hidden = false
  }

  var redirect = sameOriginRedirect(params.get('redirect_uri'))
  var name = displayName(serviceId) || 'this service'
  document.title = 'Mock provider · ' + (mode === 'revoke' ? 'Disconnect ' : 'Connect ') + name

  if (!serviceId) {
    showProblem('The request has no service_id.')
    return
  }
  if (!redirect) {
    showProblem(
      'The redirect_uri is missing or not on this site, so this page will not send you there.',
    )
    return
  }

  function backWithHash(values) {
    var target = new URL(redirect.href)
    target.hash = new URLSearchParams(values).toString()
    location.replace(target.href)
  }

  if (mode === 'revoke') {
    title.textContent = 'Disconnect ' + name
    description.textContent =
      'Disconnecting removes the access your app has to your ' + name + ' account.'
    allow.textContent = 'Disconnect'
    deny.textContent = 'Cancel'
    allow.hidden = false
    deny.hidden = false
    allow.addEventListener('click', function () {
      if (window.opener && unifiedApi) {
        window.opener.postMessage(
          { type: 'ik-mock-revoke', unifiedApi: unifiedApi, serviceId: serviceId },
          location.origin,
        )
      }
      backWithHash({ revoked: '1', nonce: nonce, service_id: serviceId })
    })
    deny.addEventListener('click', function () {
      // Back without a result: the opener sees the window close and refetches.
      location.replace(redirect.href)
    })
    allow.focus()
    return
  }

  if (!nonce) {
    showProblem('The request has no nonce, so no confirm token can be issued.')
    return
  }
  title.textContent = 'Connect ' + name + ' to your account'
  description.textContent = 'The app is asking for access to your ' + name + ' account:'
  scopes.hidden = false
  allow.hidden = false
  deny.hidden = false
  allow.addEventListener('click', function () {
    backWithHash({
      nonce: nonce,
      confirm_token: 'mock-confirm.' + serviceId + '.' + nonce,
      service_id: serviceId,
    })
  })
  deny.addEventListener('click', function () {
    var target = new URL(redirect.href)
    target.searchParams.set('error_type', 'access_denied')
    target.searchParams.set('error_message', 'The user denied access to ' + name + '.')
    target.searchParams.set('service_id', serviceId)
    target.searchParams.set('nonce', nonce)
    location.replace(target.href)
  })
  allow.focus()
})()
