// The bindings the workerd tests see through `env` from cloudflare:test (those of wrangler.toml).
type WorkersEnv = import('../../server/runtime/workers/env.js').Env;
declare namespace Cloudflare {
  interface Env extends WorkersEnv {}
}
