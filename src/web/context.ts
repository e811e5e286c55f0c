import type { Express } from 'express';
import type { Store } from '../store/types.ts';
import type { Logger } from './logging.ts';
import type { NavEntry } from './nav.ts';

/** What every route module gets: the store, the logger and the options the app was built with. */
export interface AppContext {
  store: Store;
  log: Logger;
  /** Secret for CSRF tokens; keep it across restarts so open forms still post. */
  secret: string;
}

/** One module per resource: it mounts its routes and, if it is a section of the product, names its nav entry. */
export interface RouteModule {
  name: string;
  nav?: NavEntry;
  mount(app: Express, ctx: AppContext): void;
}
