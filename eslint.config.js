import js from '@eslint/js'
import globals from 'globals'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

// Globals that tie code to a browser, storage, the network or the clock.
const impureGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'performance',
  'crypto',
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'alert',
  'self',
  'globalThis',
  'process',
]

// The layers, lowest first: a module imports from its own layer and those before it.
const LAYERS = ['engine', 'share', 'state', 'person', 'shared', 'features', 'routes']
const FEATURES = ['quiz', 'safety', 'result', 'journal']
const below = (layer) => LAYERS.slice(0, LAYERS.indexOf(layer) + 1).map((name) => `./${name}`)
const LAYER_ZONES = [
  ...LAYERS.filter((layer) => layer !== 'features').map((layer) => ({
    target: `./src/${layer}`,
    from: './src',
    except: below(layer),
    message: `${layer} imports only from ${below(layer).join(', ')} (the layers below it).`,
  })),
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src',
    except: [...below('shared'), `./features/${feature}`],
    message:
      'A feature imports the layers below it, never another feature or the routes: pass what it needs in.',
  })),
  {
    target: './src/routes',
    from: './src/features',
    except: [...FEATURES.map((feature) => `./${feature}/screens.ts`), './quiz/start-screen.tsx'],
    message: 'The routes reach a feature through its screens.ts (the start screen, drawn at once, directly).',
  },
]

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'reports', '.stryker-tmp', 'node_modules', 'test-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Imports flow one way (STYLE.md): no module may import itself back through others.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', 'e2e/**/*.{ts,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // Layers (docs/decisions/0022-layers.md): each imports only from the layers below it, and no
    // feature from another; the routes reach a feature only through its list of screens. Tests may
    // reach across (a screen's test renders the whole app).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
  {
    // The engine and the link codec are pure: no UI, no state, no browser, no clock, no randomness.
    files: ['src/engine/**/*.ts', 'src/share/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'react-router-dom'],
              message: 'The engine stays pure.',
            },
            {
              group: ['**/state/**', '**/routes/**', '**/components/**'],
              message: 'The engine imports nothing from the app.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The engine is deterministic.' },
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'The engine is deterministic.' },
      ],
    },
  },
)
