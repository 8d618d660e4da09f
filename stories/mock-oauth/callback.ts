/**
 * The demo's OAuth callback page script (public/mock-oauth/callback.html loads it as
 * mock-oauth/callback.js). It is the library's own handleOAuthCallback, bundled from source by
 * .storybook/mock-oauth-callback.ts, so the demo and the e2e journeys exercise exactly what a host's
 * callback page runs (README, "OAuth callback page").
 */
import { handleOAuthCallback } from 'integrations-kit'

handleOAuthCallback()
