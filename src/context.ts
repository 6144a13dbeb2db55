import type { Database } from './db/database';
import { createOrganizationLoaders, type OrganizationLoaders } from './features/organization/organization.loaders';
import { OrganizationRepository } from './features/organization/organization.repository';
import type { LogSink } from './logger';
import { today } from './shared/dates';

/** Per-request context: fresh loaders every request, so nothing is cached across users. */
export interface Context {
  requestId: string;
  logger: LogSink;
  /** Today in the users' time zone: the default of every `asOf`. */
  today: string;
  db: Database;
  repositories: { organizations: OrganizationRepository };
  loaders: OrganizationLoaders;
}

export interface ContextInput {
  db: Database;
  logger: LogSink;
  requestId: string;
}

export function createContext({ db, logger, requestId }: ContextInput): Context {
  const organizations = new OrganizationRepository(db);
  return {
    requestId,
    logger,
    today: today(),
    db,
    repositories: { organizations },
    loaders: { ...createOrganizationLoaders(organizations) },
  };
}
