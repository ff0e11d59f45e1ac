import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the gateway's schema (schema.graphql, written by
 * scripts/print-schema.mjs), and the persisted-documents manifest (sha256 →
 * document) that the gateway loads as its allow-list. Generated files are
 * committed so a clean checkout builds without a server.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string', JSON: 'unknown' } },
    },
  },
};
export default config;
