// Lint: TypeScript rules, plus the layer table of ARCHITECTURE.md as import zones.
import fs from 'node:fs'
import tseslint from 'typescript-eslint'
import importPlugin from 'eslint-plugin-import'

const features = fs.existsSync('src/features') ? fs.readdirSync('src/features').filter((f) => fs.statSync(`src/features/${f}`).isDirectory()) : []

const zone = (target, from, message) => ({ target, from, message })
const zones = [
  zone('./src/domain', ['./src/lib', './src/features', './src/pages', './src/packages', './src/components', './src/contracts', './cloudfunctions', './local-cloud'], 'domain rules import only dayjs and other domain files'),
  zone('./src/contracts', ['./src/lib', './src/features', './src/pages', './src/packages', './src/components', './cloudfunctions', './local-cloud'], 'contracts import only zod and domain types'),
  zone('./cloudfunctions', ['./src/lib', './src/features', './src/pages', './src/packages', './local-cloud/index.ts', './local-cloud/host.ts'], 'cloud functions import wx-server-sdk, contracts and domain'),
  // The QR encoder is pure code: the admin function renders store QR PNGs with it in local mode.
  { target: './cloudfunctions', from: './src/components', except: ['./qr-code/encoder'], message: 'cloud functions import wx-server-sdk, contracts and domain' },
  zone('./src/lib', ['./src/features', './src/pages', './src/packages'], 'platform adapters do not know features'),
  zone('./src/components', ['./src/features', './src/pages', './src/packages'], 'shared components do not know features'),
  zone('./src/features', ['./src/pages', './src/packages'], 'features do not import pages'),
  zone('./local-cloud', ['./src', './cloudfunctions'], 'the local cloud holds no business logic'),
  ...features.map((f) => ({ target: `./src/features/${f}`, from: './src/features', except: [`./${f}`], message: 'features do not import each other: compose them in a page' })),
]

const clockAndRandom = [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'domain code takes the time as an argument' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'domain code takes the time as an argument' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'domain code takes ids and randomness as arguments' },
]

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-h5/', 'build/', '.data/', 'reports/', 'coverage/', 'e2e-shots/', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
      'import/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import/no-restricted-paths': ['error', { zones }],
      'import/no-cycle': ['error', { maxDepth: 10 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...clockAndRandom],
      'no-restricted-imports': ['error', { patterns: ['@tarojs/*', 'react', 'react-*', 'wx-server-sdk', 'zod', '@nutui/*'] }],
    },
  },
  {
    files: ['cloudfunctions/**/*.ts', 'src/contracts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@tarojs/*', 'react', 'react-*', '@nutui/*'] }] },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx', 'scripts/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
