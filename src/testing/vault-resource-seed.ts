/**
 * What the mock Vault answers for a resource's custom fields, schema and example: a real-looking
 * downstream record per resource name (the same for every connector, which is enough to map
 * against), its approximate JSON Schema derived from it, and custom fields whose `finder` points
 * into it, so a JSONPath picked from the example resolves to the field's value.
 */
import type { CustomField, JsonValue } from '../types'

type JsonObject = { [key: string]: JsonValue }

/** Resource name → a downstream record of it. */
export const resourceExamples: Record<string, JsonObject> = {
  leads: {
    Id: '00Q5g00000AbCdE',
    Name: 'Ada Lovelace',
    Company: 'Analytical Engines Ltd',
    Email: 'ada@example.com',
    Region__c: 'EMEA',
    AnnualRevenue: 1200000,
    LeadSource: 'Web',
    LeadSourceDetail__c: 'Spring webinar',
    Address: { City: 'London', Country: 'United Kingdom' },
    Tags: ['priority', 'webinar'],
  },
  opportunities: {
    id: 1042,
    title: 'Expansion deal',
    value: 25000,
    currency: 'EUR',
    probability: 60,
    stage: { id: 3, name: 'Negotiation' },
    custom_fields: [{ key: 'renewal_date', value: '2027-03-01' }],
  },
  deals: {
    id: 77,
    title: 'Annual licence',
    value: 9900,
    probability: 60,
    owner: { name: 'Grace Hopper', email: 'grace@example.com' },
  },
  invoices: {
    InvoiceID: 'inv-0001',
    InvoiceNumber: 'INV-1001',
    Total: 1499.5,
    Status: 'AUTHORISED',
    Contact: { Name: 'Acme Corp' },
    LineItems: [{ Description: 'Consulting', Quantity: 10, UnitAmount: 149.95 }],
  },
  employees: {
    id: '123',
    firstName: 'Katherine',
    lastName: 'Johnson',
    workEmail: 'katherine@example.com',
    department: 'Research',
    customFields: { shirtSize: 'M', firstAidTraining: '2021-05-04', badgeNumber: 'B-5521' },
  },
  files: { id: 'id:a4ayc_80_OEAAAAAAAAAXw', name: 'report.pdf', size: 7212, path: '/reports' },
}

function typeOf(value: JsonValue): string {
  if (value === null) {
    return 'null'
  }
  if (Array.isArray(value)) {
    return 'array'
  }
  return typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value
}

/** An approximate JSON Schema of `value`, as Vault's schema endpoint returns one. */
export function schemaOf(value: JsonValue): JsonObject {
  const type = typeOf(value)
  if (type === 'object') {
    const properties: JsonObject = {}
    for (const [key, property] of Object.entries(value as JsonObject)) {
      properties[key] = schemaOf(property)
    }
    return { type, properties }
  }
  if (type === 'array') {
    const [first] = value as JsonValue[]
    return first === undefined ? { type } : { type, items: schemaOf(first) }
  }
  return { type }
}

/** Resource name → its connector's custom fields. */
export const resourceCustomFields: Record<string, CustomField[]> = {
  leads: [
    {
      id: 'Region__c',
      name: 'Region',
      description: 'Sales region',
      value: 'EMEA',
      finder: '$.Region__c',
    },
    {
      id: 'LeadSourceDetail__c',
      name: 'Lead source detail',
      description: null,
      value: 'Spring webinar',
      finder: '$.LeadSourceDetail__c',
    },
  ],
  opportunities: [
    {
      id: 'renewal_date',
      name: 'Renewal date',
      description: 'Next renewal',
      value: '2027-03-01',
      finder: "$.custom_fields[?(@.key=='renewal_date')].value",
    },
  ],
  deals: [],
  invoices: [],
  employees: [
    {
      id: 'shirtSize',
      name: 'Shirt size',
      description: null,
      value: 'M',
      finder: '$.customFields.shirtSize',
    },
    {
      id: 'firstAidTraining',
      name: 'First aid training',
      description: 'Date of the last first aid training',
      value: '2021-05-04',
      finder: '$.customFields.firstAidTraining',
    },
    {
      id: 'badgeNumber',
      name: 'Badge number',
      description: null,
      value: 'B-5521',
      finder: '$.customFields.badgeNumber',
    },
  ],
  files: [],
}
