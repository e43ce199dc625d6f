// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Data flows one way through the stages. Each folder may import only from the folders listed here;
 * anything else fails lint (and so CI).
 */
const allowedImports = {
  core: [],
  text: ['core'],
  lexicon: ['core', 'text'],
  extract: ['core', 'text', 'lexicon'],
  resolve: ['core', 'text', 'lexicon', 'extract'],
  cluster: ['core', 'text'],
  store: ['core'],
  ingest: ['core'],
  pipeline: ['core', 'text', 'lexicon', 'extract', 'resolve', 'cluster', 'store', 'ingest'],
  serve: ['core', 'store', 'pipeline'],
  cli: ['core', 'text', 'lexicon', 'extract', 'resolve', 'cluster', 'store', 'ingest', 'pipeline', 'serve'],
};
const stages = Object.keys(allowedImports);

const directionRules = Object.entries(allowedImports).map(([stage, allowed]) => {
  const forbidden = stages.filter((s) => s !== stage && !allowed.includes(s));
  return {
    files: [`src/${stage}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.length
            ? [
                {
                  regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
                  message: `src/${stage} may import only from: ${allowed.join(', ') || 'nothing outside itself'} (see eslint.config.js, allowedImports).`,
                },
              ]
            : [],
        },
      ],
    },
  };
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...directionRules,
  {
    files: ['web/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
