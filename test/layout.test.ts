/**
 * The layout is part of the design (DESIGN.md §1): folders by concern inside each layer, one naming
 * convention, and tests that mirror the source tree so the test of a module is found by its path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '..')
const layers = ['src', 'hooks', 'components']

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name)
    return statSync(join(root, path)).isDirectory() ? filesUnder(path) : [path]
  })
}

const sourceFiles = layers.flatMap(filesUnder).filter((file) => /\.(ts|tsx)$/.test(file))

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/
const pascal = /^[A-Z][A-Za-z0-9]*$/
const hook = /^use[A-Z][A-Za-z0-9]*$/

/** "ConnectorCard.tsx" → "ConnectorCard", "integration-keys.ts" → "integration-keys". */
const stem = (file: string) => basename(file).replace(/\.(ts|tsx)$/, '')

describe('file names follow one convention', () => {
  it('folders are kebab-case', () => {
    const folders = new Set(sourceFiles.map((file) => dirname(file)))
    const wrong = [...folders].filter((folder) =>
      folder.split('/').some((part) => !kebab.test(part)),
    )
    expect(wrong).toEqual([])
  })

  it('src/ modules are kebab-case (the core has no components or hooks)', () => {
    const wrong = sourceFiles
      .filter((file) => file.startsWith('src/') && !file.endsWith('.json'))
      .filter((file) => !kebab.test(stem(file)))
    expect(wrong).toEqual([])
  })

  it('a React file is named after the component or hook it exports; other modules are kebab-case', () => {
    const wrong = sourceFiles
      .filter((file) => !file.startsWith('src/'))
      .filter((file) => {
        const name = stem(file)
        if (pascal.test(name) || hook.test(name)) {
          const source = readFileSync(join(root, file), 'utf8')
          const exported = [
            ...source.matchAll(/^export (?:function|const|class) ([A-Za-z0-9_]+)/gm),
          ].map(([, exportedName]) => exportedName)
          if (exported.includes(name)) {
            return false
          }
          // A file of several parts ("CatalogStates", "ConnectionDetailsParts", "…Filters",
          // "…Body") is named after the group: each component it exports shares its first word.
          const group = /^([A-Z][a-z0-9]+)[A-Za-z0-9]*(Parts|States|Filters|Body)$/.exec(name)
          const components = exported.filter((exportedName) => pascal.test(exportedName))
          return (
            group === null ||
            components.length < 2 ||
            !components.every((component) => component.startsWith(group[1]))
          )
        }
        return !kebab.test(name)
      })
    expect(wrong).toEqual([])
  })
})

describe('tests mirror the source tree', () => {
  const testFiles = ['test/src', 'test/hooks', 'test/components']
    .flatMap(filesUnder)
    .filter((file) => /\.test\.(ts|tsx)$/.test(file))

  it('every test under test/<layer>/ lives in a folder that exists in that layer', () => {
    const wrong = testFiles.filter((file) => {
      const sourceFolder = relative('test', dirname(file))
      try {
        return !statSync(join(root, sourceFolder)).isDirectory()
      } catch {
        return true
      }
    })
    expect(wrong).toEqual([])
  })

  it('a test named after a module sits where that module is', () => {
    const modulesByStem = new Map<string, string[]>()
    for (const file of sourceFiles) {
      modulesByStem.set(stem(file), [...(modulesByStem.get(stem(file)) ?? []), dirname(file)])
    }
    const misplaced = testFiles.filter((file) => {
      const testStem = basename(file).split('.')[0]
      const homes = modulesByStem.get(testStem)
      return homes !== undefined && !homes.includes(relative('test', dirname(file)))
    })
    expect(misplaced).toEqual([])
  })
})
