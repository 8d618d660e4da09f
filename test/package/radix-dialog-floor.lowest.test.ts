// Runs only in the `radix-dialog-lowest` project (test/vitest-projects.ts): proves that project
// really renders our dialogs with the lowest @radix-ui/react-dialog that package.json allows.
import { readFileSync } from 'node:fs'
import * as Dialog from '@radix-ui/react-dialog'
import * as LowestDialog from '@radix-ui/react-dialog-lowest'

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

describe('the radix-dialog-lowest project', () => {
  it('resolves @radix-ui/react-dialog to the lowest version the caret range allows', () => {
    const range = pkg.dependencies['@radix-ui/react-dialog']
    const lowest = pkg.devDependencies['@radix-ui/react-dialog-lowest']
    expect(range).toMatch(/^\^\d+\.\d+\.\d+$/)
    expect(lowest).toBe(`npm:@radix-ui/react-dialog@${range?.slice(1)}`)
    const installed = JSON.parse(
      readFileSync('node_modules/@radix-ui/react-dialog-lowest/package.json', 'utf8'),
    ) as { name: string; version: string }
    expect(installed).toMatchObject({ name: '@radix-ui/react-dialog', version: range?.slice(1) })
    expect(Dialog.Content).toBe(LowestDialog.Content)
  })
})
