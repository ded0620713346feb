/** A tiny History API router: the app has a handful of pages, so a table of patterns is all it needs. */

export type Route =
  | { page: 'landing' }
  | { page: 'playground'; key: string; embed: boolean }
  | { page: 'classroom-new' }
  | { page: 'classroom-teacher'; key: string }
  | { page: 'classroom-join'; code: string }
  | { page: 'not-found'; path: string };

/** Maps a location to a route. */
export function parseRoute(pathname: string, search: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'landing' };
  const m = /^\/p\/([^/]+)\/?$/.exec(pathname);
  if (m) return { page: 'playground', key: decodeURIComponent(m[1]), embed: new URLSearchParams(search).get('embed') === '1' };
  if (/^\/c\/new\/?$/.test(pathname)) return { page: 'classroom-new' };
  const t = /^\/c\/t\/([^/]+)\/?$/.exec(pathname);
  if (t) return { page: 'classroom-teacher', key: decodeURIComponent(t[1]) };
  const c = /^\/c\/([^/]+)\/?$/.exec(pathname);
  if (c) return { page: 'classroom-join', code: decodeURIComponent(c[1]) };
  return { page: 'not-found', path: pathname };
}

class Router {
  route = $state<Route>({ page: 'landing' });

  constructor() {
    if (typeof window === 'undefined') return;
    this.route = parseRoute(location.pathname, location.search);
    window.addEventListener('popstate', () => (this.route = parseRoute(location.pathname, location.search)));
  }

  /** Navigates without a page load. */
  go(path: string): void {
    history.pushState(null, '', path);
    const url = new URL(path, location.href);
    this.route = parseRoute(url.pathname, url.search);
    window.scrollTo(0, 0);
  }
}

export const router = new Router();
