// What the workerd tests use from `cloudflare:workers`: the Worker's own exports (src/worker.ts)
// and its bindings. Declared here rather than pulling in all of @cloudflare/workers-types.
declare module 'cloudflare:workers' {
  export const exports: {
    default: { fetch(request: Request): Promise<Response> };
  };
  export const env: { ASSETS: { fetch(request: Request): Promise<Response> } };
}
