import { connectorOf } from '../../../src/authress/connectors'
import { authressContract } from '../../../src/testing/authress-contract'
import { generateAuthressConnections } from '../../../src/testing/generate-authress-connections'

describe('generateAuthressConnections', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(generateAuthressConnections(20, 7)).toEqual(generateAuthressConnections(20, 7))
    expect(generateAuthressConnections(20, 7)).not.toEqual(generateAuthressConnections(20, 8))
  })

  it('makes valid Authress connections with unique ids, each matching a connector', () => {
    const connections = generateAuthressConnections(30, 1)
    expect(connections).toHaveLength(30)
    expect(new Set(connections.map((connection) => connection.connectionId)).size).toBe(30)
    for (const connection of connections) {
      expect(authressContract.checkResponseBody('getConnection', 200, connection)).toEqual([])
    }
    const keys = new Set(connections.map((connection) => connectorOf(connection)?.key))
    expect(keys).toEqual(
      new Set(['google', 'github', 'okta', 'microsoft-entra-id', 'oauth2', 'saml2']),
    )
  })

  it('starts with the one-per-account social connections', () => {
    expect(generateAuthressConnections(1)).toHaveLength(1)
    expect(generateAuthressConnections(3).map((connection) => connection.connectionId)).toEqual([
      'google',
      'github',
      'okta-acme',
    ])
  })
})
