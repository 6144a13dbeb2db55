import { notFound } from '../../../errors';
import type { AuthorityCheckModel, AuthorityQuery } from './authority.model';
import type { AuthorityRepository } from './authority.repository';
import { decideAuthority } from './decide';

/** Reads the facts in one round trip and decides; an unknown organization is NOT_FOUND. */
export async function checkAuthority(
  repository: AuthorityRepository,
  query: AuthorityQuery,
): Promise<AuthorityCheckModel> {
  const facts = await repository.facts(query);
  if (facts === null) throw notFound('机构', query.organizationId);
  return decideAuthority(facts, query.on, query.divisionCode);
}
