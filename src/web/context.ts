import type { Express } from 'express';
import type { Store } from '../store/types.ts';
import type { Analyses } from '../work/analyses.ts';
import type { Work } from '../work/pool.ts';
import type { Logger } from './logging.ts';
import type { NavEntry } from './nav.ts';

/** What every route module gets: the store, the logger and the options the app was built with. */
export interface AppContext {
  store: Store;
  log: Logger;
  /** Secret for CSRF tokens; keep it across restarts so open forms still post. */
  secret: string;
  /** Where CPU work runs: the worker pool in the server, this thread in tests that build the app in-process. */
  work: Work;
  /** Every analysis a page or the API shows, computed once per text and rules version. */
  analyses: Analyses;
}

/** One module per resource: it mounts its routes and, if it is a section of the product, names its nav entry. */
export interface RouteModule {
  name: string;
  nav?: NavEntry;
  mount(app: Express, ctx: AppContext): void;
}
