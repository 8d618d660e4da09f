/**
 * The made-up customers the fixture generators name enterprise connections after (Kinde and
 * Authress alike), so stories and tests of both backends read the same.
 */

const CUSTOMERS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark',
  'Wayne',
  'Tyrell',
  'Soylent',
  'Cyberdyne',
  'Wonka',
  'Vandelay',
] as const

export interface FixtureCustomer {
  /** The customer's name, e.g. `'Acme'`. */
  customer: string
  /** 0 on the first pass through the list, 1 on the second, … */
  round: number
  /** The name with the round from the second pass on: `'Acme'`, `'Acme 2'`. */
  label: string
}

/** The customer of the `index`-th fixture: the list cycles, and each pass numbers its names. */
export function fixtureCustomer(index: number): FixtureCustomer {
  const customer = CUSTOMERS[index % CUSTOMERS.length] ?? 'Customer'
  const round = Math.floor(index / CUSTOMERS.length)
  return { customer, round, label: round === 0 ? customer : `${customer} ${round + 1}` }
}
