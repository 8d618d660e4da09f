/// <reference types="vitest/config" />
/**
 * The library build (ESM, one file per module, types, 'use client' kept, peers external, one
 * dist/styles.css) and the Vitest projects. Storybook uses its own config (.storybook/vite.config.ts)
 * so the d.ts plugin never writes into storybook-static.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { bundle as bundleCss } from 'lightningcss'
import { defineConfig, type Plugin } from 'vite'
import dts from 'vite-plugin-dts'
import { vitestProjects } from './test/vitest-projects'

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}
const externals = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
]
const isExternal = (id: string) =>
  externals.some((name) => id === name || id.startsWith(`${name}/`)) || id.startsWith('node:')

/**
 * Declaration files keep the source's extensionless relative imports, which TypeScript's
 * `node16`/`nodenext` resolution (used by many ESM hosts) cannot follow. Rewrite each to the emitted
 * `.js` file or `/index.js`, resolved against the source tree the declaration came from.
 */
function withExplicitExtensions(filePath: string, content: string) {
  const sourceDir = join(resolve('.'), dirname(relative(resolve('dist'), filePath)))
  const rewrite = (specifier: string) => {
    if (!specifier.startsWith('.') || /\.(js|json|css)$/.test(specifier)) {
      return specifier
    }
    const base = join(sourceDir, specifier)
    if (['.ts', '.tsx'].some((ext) => existsSync(base + ext))) {
      return `${specifier}.js`
    }
    if (['index.ts', 'index.tsx'].some((file) => existsSync(join(base, file)))) {
      return `${specifier}/index.js`
    }
    return specifier
  }
  return content.replace(
    /(from\s+|import\(\s*)(['"])(\.[^'"]*)\2/g,
    (_match, lead: string, quote: string, specifier: string) =>
      `${lead}${quote}${rewrite(specifier)}${quote}`,
  )
}

/** Bundles and minifies components/styles/index.css into dist/styles.css (no CSS is imported from JS). */
function stylesheet(): Plugin {
  return {
    name: 'integrations-kit:stylesheet',
    apply: 'build',
    generateBundle() {
      const { code } = bundleCss({ filename: 'components/styles/index.css', minify: true })
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: code })
    },
  }
}

/**
 * Keeps the 'use client' directive of each module that has one (hooks and components), so React
 * Server Components frameworks treat them as client modules; React-free core modules stay usable
 * on the server.
 */
function preserveUseClient(): Plugin {
  const clientModules = new Set<string>()
  return {
    name: 'integrations-kit:use-client',
    apply: 'build',
    transform(code, id) {
      if (/^\s*['"]use client['"]/.test(code)) {
        clientModules.add(id)
      }
      return null
    },
    renderChunk(code, chunk) {
      if (
        chunk.facadeModuleId &&
        clientModules.has(chunk.facadeModuleId) &&
        !/^\s*['"]use client['"]/.test(code)
      ) {
        return { code: `'use client';\n${code}`, map: null }
      }
      return null
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    dts({
      tsconfigPath: './tsconfig.build.json',
      entryRoot: '.',
      include: ['src', 'hooks', 'components'],
      beforeWriteFile: (filePath, content) => ({
        filePath,
        content: withExplicitExtensions(filePath, content),
      }),
    }),
    stylesheet(),
    preserveUseClient(),
  ],
  publicDir: false,
  resolve: {
    alias: {
      'integrations-kit/testing/msw': resolve('src/testing/msw.ts'),
      // Before their entries: a prefix alias would otherwise take the locale paths too.
      'integrations-kit/authress/locales': resolve('src/authress/locales'),
      'integrations-kit/kinde/locales': resolve('src/kinde/locales'),
      'integrations-kit/authress': resolve('src/authress/index.ts'),
      'integrations-kit/testing': resolve('src/testing/index.ts'),
      'integrations-kit/kinde': resolve('src/kinde/index.ts'),
      'integrations-kit/server': resolve('src/server/index.ts'),
      'integrations-kit': resolve('src/index.ts'),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: {
      entry: {
        'src/index': 'src/index.ts',
        'src/authress/index': 'src/authress/index.ts',
        'src/testing/index': 'src/testing/index.ts',
        'src/testing/msw': 'src/testing/msw.ts',
        'src/kinde/index': 'src/kinde/index.ts',
        'src/server/index': 'src/server/index.ts',
        'src/i18n/locales/de': 'src/i18n/locales/de.ts',
        'src/i18n/locales/fr': 'src/i18n/locales/fr.ts',
        'src/i18n/locales/es': 'src/i18n/locales/es.ts',
        'src/i18n/locales/nl': 'src/i18n/locales/nl.ts',
        'src/kinde/locales/de': 'src/kinde/locales/de.ts',
        'src/kinde/locales/fr': 'src/kinde/locales/fr.ts',
        'src/kinde/locales/es': 'src/kinde/locales/es.ts',
        'src/kinde/locales/nl': 'src/kinde/locales/nl.ts',
        'src/authress/locales/de': 'src/authress/locales/de.ts',
        'src/authress/locales/fr': 'src/authress/locales/fr.ts',
        'src/authress/locales/es': 'src/authress/locales/es.ts',
        'src/authress/locales/nl': 'src/authress/locales/nl.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        preserveModules: true,
        preserveModulesRoot: '.',
        entryFileNames: '[name].js',
      },
    },
  },
  test: {
    projects: vitestProjects,
  },
})
