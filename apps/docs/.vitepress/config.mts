import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitepress';

const schemaPages = readdirSync(new URL('../../../schemas/', import.meta.url))
  .filter((f) => f.endsWith('.schema.json'))
  .sort()
  .map((f) => f.replace(/\.schema\.json$/, ''));

export default defineConfig({
  title: 'hfjobs',
  description: 'Describe, check and run Hugging Face Jobs from JavaScript: schemas, validators, a spec builder and a CLI.',
  lang: 'en-US',
  lastUpdated: false,
  appearance: true,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  themeConfig: {
    search: { provider: 'local' },
    nav: [
      { text: 'Guide', link: '/guide/getting-started' },
      { text: 'Schemas', link: '/reference/schemas/' },
      { text: 'CLI', link: '/reference/cli' },
      { text: 'Playground', link: '/playground' },
    ],
    sidebar: [
      {
        text: 'Guide',
        items: [
          { text: 'Getting started', link: '/guide/getting-started' },
          { text: 'Differences from the Python client', link: '/guide/divergences' },
          { text: 'Porting hfjobs', link: '/guide/porting' },
          { text: 'Benchmarks', link: '/guide/benchmarks' },
        ],
      },
      {
        text: 'Reference',
        items: [
          { text: 'CLI', link: '/reference/cli' },
          { text: 'Hardware flavors', link: '/reference/hardware-flavors' },
          { text: 'Schemas', link: '/reference/schemas/', items: schemaPages.map((name) => ({ text: name, link: `/reference/schemas/${name}` })) },
        ],
      },
      { text: 'Playground', items: [{ text: 'Validate and build in the browser', link: '/playground' }] },
    ],
  },
  vite: {
    // the playground bundles core's precompiled validators and the spec builder
    ssr: { noExternal: ['@hfjobs/core', '@hfjobs/spec-builder'] },
  },
});
