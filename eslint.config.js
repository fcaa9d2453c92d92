// Lint rules, and the import direction of the layers (see docs/ARCHITECTURE.md):
// shared ← core ← main/cli; shared ← preload; shared ← renderer. Core never imports electron.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns, paths = []) => ({ 'no-restricted-imports': ['error', { patterns, paths }] });
const noCore = { group: ['**/electron/core/**', '**/core/*', '../core/**'], message: '界面层与预加载脚本不得引用 core（只能引用 electron/shared）。' };
const noElectron = [{ name: 'electron', message: 'core、shared 与界面层不得引用 electron（core 须在纯 Node 中运行）。' }];
const noMain = { group: ['**/main/**', '**/preload/**', '**/cli/**'], message: '只能向下层引用。' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: '导入的文本绝不能成为 HTML。' },
      ],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['electron/shared/**/*.ts'], rules: restrict([noMain, { group: ['**/core/**', '../core/**'], message: 'shared 不得引用 core。' }], noElectron) },
  { files: ['electron/core/**/*.ts'], rules: restrict([noMain], noElectron) },
  { files: ['electron/preload/**/*.ts'], rules: restrict([noCore, { group: ['**/main/**'], message: '预加载脚本不得引用 main。' }]) },
  { files: ['renderer/**/*.{ts,tsx}'], rules: restrict([noCore, noMain], noElectron) },
);
