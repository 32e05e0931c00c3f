import { mkdir, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { localeIds, message } from '@tip-report/core';
import { build, type Plugin, type Rolldown } from 'vite';
import solid from 'vite-plugin-solid';
import type { DefaultView } from '../src/bundled-report.js';
import { bundledReportsPlugin } from './bundled-reports-plugin.js';
import type { apiHomeMark as ApiHomeMark, defaultViewMarkup } from './default-view-markup.js';

const moduleId = 'virtual:tip-report/default-view';
const root = new URL('..', import.meta.url);

/**
 * Renders the default view with the widget's own components and Solid's server renderer (a
 * server build of build/default-view-markup.tsx, run in Node), for the entry to show before, and
 * without, Solid: src/default-view.ts. The markup goes into a shadow root with innerHTML, so it
 * must hold nothing a strict CSP refuses from markup: the root's inline `--tip-rows` is left out
 * (the entry sets it through the CSSOM, as Solid does), and any other inline style or handler
 * fails the build. Solid's comments (markers for hydration, which the widget does not use) go.
 */
export async function renderDefaultView(): Promise<DefaultView> {
  const output = await build({
    root: root.pathname,
    configFile: false,
    logLevel: 'warn',
    plugins: [
      solid({ ssr: true, solid: { generate: 'ssr', hydratable: false } }),
      bundledReportsPlugin(),
    ],
    build: {
      ssr: new URL('build/default-view-markup.tsx', root).pathname,
      write: false,
      target: 'node20',
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap(
    (o) => (o as Rolldown.RolldownOutput).output,
  );
  const entry = chunks.find((c): c is Rolldown.OutputChunk => c.type === 'chunk' && c.isEntry);
  if (!entry) throw new Error('default view: the server build made no entry');
  // Beside the widget's node_modules, so the server build's imports (solid-js) resolve in Node.
  const cache = new URL('node_modules/.cache/', root);
  await mkdir(cache, { recursive: true });
  const file = new URL(`default-view-markup-${process.pid}-${Date.now()}.mjs`, cache);
  await writeFile(file, entry.code);
  const module = (await import(pathToFileURL(file.pathname).href).finally(() =>
    rm(file, { force: true }),
  )) as { defaultViewMarkup: typeof defaultViewMarkup; apiHomeMark: typeof ApiHomeMark };
  const view = module.defaultViewMarkup();
  const html = view.html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^(<div class="tip"[^>]*?) style="--tip-rows:\d+"/, '$1');
  const unsafe = /\sstyle=|\son[a-z]+=|<script|<style/i.exec(html);
  if (unsafe) throw new Error(`default view: markup a strict CSP refuses: ${unsafe[0]}`);
  const loadFailed = Object.fromEntries(
    localeIds.map((locale) => [locale, message(locale, 'ui.loadFailed')]),
  );
  return { ...view, html, apiHomeMark: module.apiHomeMark, loadFailed };
}

/** Serves `virtual:tip-report/default-view` (the default view's markup) to the bundles and tests. */
export function defaultViewPlugin(): Plugin {
  let rendered: Promise<DefaultView> | undefined;
  return {
    name: 'tip-report-default-view',
    resolveId: (id) => (id === moduleId ? `\0${moduleId}` : undefined),
    load: async (id) => {
      if (id !== `\0${moduleId}`) return undefined;
      rendered ??= renderDefaultView();
      return `export const defaultView = ${JSON.stringify(await rendered)};`;
    },
  };
}
