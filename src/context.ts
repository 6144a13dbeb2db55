import type { Database } from './db/database';
import { createOrganizationLoaders, type OrganizationLoaders } from './features/organization/organization.loaders';
import { OrganizationRepository } from './features/organization/organization.repository';
import { createLawLoaders, type LawLoaders } from './features/law/law.loaders';
import { createCatalogLoaders, type CatalogLoaders } from './features/catalog/catalog.loaders';
import { LawRepository } from './features/law/law.repository';
import { createPowerLoaders, type PowerLoaders } from './features/power/power.loaders';
import { PowerRepository } from './features/power/power.repository';
import { createEnforcementLoaders, type EnforcementLoaders } from './features/enforcement/enforcement.loaders';
import { EnforcementRepository } from './features/enforcement/enforcement.repository';
import { createListRowLoaders, type ListRowLoaderSet } from './features/list-rows/list-rows';
import { SearchRepository } from './features/search/search.repository';
import { createGraphLoaders, type GraphLoaders } from './features/graph/graph.loaders';
import { GraphRepository } from './features/graph/graph.repository';
import { createWhistleLoaders, type WhistleLoaders } from './features/whistle/whistle.loaders';
import { WhistleRepository } from './features/whistle/whistle.repository';
import { AuthorityRepository } from './features/analysis/authority/authority.repository';
import { StatisticsRepository } from './features/statistics/statistics.repository';
import { partitionedAnalysis, type PartitionedAnalysis } from './features/analysis/partitions/partitioned-analysis';
import {
  DEFAULT_ANALYSIS_CONFIG,
  DEFAULT_CHANGE_REQUEST_CONFIG,
  type AnalysisConfig,
  type ChangeRequestConfig,
} from './config';
import { defaultChangeFeed, type ChangeFeed } from './features/change-request/change-feed';
import type { User } from './auth/roles';
import type { LogSink } from './logger';
import { today } from './shared/dates';

/** Per-request context: fresh loaders every request, so nothing is cached across users. */
export interface Context {
  requestId: string;
  /** The verified caller; null for anonymous requests. Mutations call requireRole(ctx, 'editor'). */
  user: User | null;
  logger: LogSink;
  /** Today in the users' time zone: the default of every `asOf`. */
  today: string;
  db: Database;
  repositories: {
    organizations: OrganizationRepository;
    powers: PowerRepository;
    laws: LawRepository;
    enforcement: EnforcementRepository;
    whistle: WhistleRepository;
    search: SearchRepository;
    graph: GraphRepository;
    authority: AuthorityRepository;
    statistics: StatisticsRepository;
  };
  /** Overlap analysis settings (ANALYSIS_* in src/config.ts). */
  analysis: AnalysisConfig;
  /** The overlaps and findings kept per division (one per service process: its replica's state). */
  partitions: PartitionedAnalysis;
  /** IMPACT_ANONYMOUS: reassignmentImpact without the planner role (off unless configured). */
  impactAnonymous: boolean;
  /**
   * Reads compiled into one statement per root field (src/features/compiled-read); off, every
   * field reads through the loaders (the equivalence suite compares the two).
   */
  compiledReads: boolean;
  /** Change requests' deadlines (CHANGE_REQUEST_STAGE_DAYS) and the process's change feed (issue 19). */
  changeRequests: ChangeRequestConfig;
  changeFeed: ChangeFeed;
  loaders: OrganizationLoaders &
    PowerLoaders &
    LawLoaders &
    EnforcementLoaders &
    WhistleLoaders &
    ListRowLoaderSet &
    GraphLoaders &
    CatalogLoaders;
}

export interface ContextInput {
  db: Database;
  logger: LogSink;
  requestId: string;
  user?: User | null;
  analysis?: AnalysisConfig;
  partitions?: PartitionedAnalysis;
  impactAnonymous?: boolean;
  compiledReads?: boolean;
  changeRequests?: ChangeRequestConfig;
  changeFeed?: ChangeFeed;
}

export function createContext({
  db,
  logger,
  requestId,
  user = null,
  analysis = DEFAULT_ANALYSIS_CONFIG,
  partitions = partitionedAnalysis,
  impactAnonymous = false,
  compiledReads = true,
  changeRequests = DEFAULT_CHANGE_REQUEST_CONFIG,
  changeFeed = defaultChangeFeed,
}: ContextInput): Context {
  const organizations = new OrganizationRepository(db);
  const powers = new PowerRepository(db);
  const laws = new LawRepository(db);
  const enforcement = new EnforcementRepository(db);
  const whistle = new WhistleRepository(db);
  const search = new SearchRepository(db);
  const graph = new GraphRepository(db);
  const now = today();
  return {
    requestId,
    user,
    logger,
    today: now,
    db,
    repositories: {
      organizations,
      powers,
      laws,
      enforcement,
      whistle,
      search,
      graph,
      authority: new AuthorityRepository(db),
      statistics: new StatisticsRepository(db),
    },
    analysis,
    partitions,
    impactAnonymous,
    compiledReads,
    changeRequests,
    changeFeed,
    // Made on first use: a compiled read (issue 15) never uses them, and there are dozens. A proxy,
    // not a getter: Apollo copies the context for each operation, and the copy would call a getter.
    loaders: onFirstUse(() => ({
      ...createOrganizationLoaders(organizations),
      ...createPowerLoaders(powers),
      ...createLawLoaders(laws),
      ...createEnforcementLoaders(enforcement),
      ...createWhistleLoaders(whistle),
      ...createListRowLoaders(db, now),
      ...createGraphLoaders(graph),
      ...createCatalogLoaders(db),
    })),
  };
}

/** An object made by `make` when one of its properties is first read. */
function onFirstUse<T extends object>(make: () => T): T {
  let made: T | undefined;
  const target = (): T => (made ??= make());
  return new Proxy({} as T, {
    get: (_empty, key) => Reflect.get(target(), key) as unknown,
    has: (_empty, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_empty, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
  });
}
