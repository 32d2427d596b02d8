import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { GatewayError, GatewayErrorCode } from '../gateway.error.js';
import type { FindPeopleQuery } from './people.commands.js';
import { PeopleDirectory } from './people.directory.js';
import {
  mayUseDirectory,
  PEOPLE_PAGE_SIZE,
  pageOfPeople,
  professionalAgencyOf,
  searchTerms,
  toPerson,
  type Person,
} from './people.domain.js';

/** Candidates asked of the directory per page answered: the family's accounts and other roles are left out after. */
const CANDIDATES = PEOPLE_PAGE_SIZE * 3;

@Injectable()
export class PeopleService {
  constructor(private readonly directory: PeopleDirectory) {}

  /**
   * Professionals whose name begins with what was typed (each word), for a professional to pick:
   * a care-team member to add, a new responsible worker. The family is never listed.
   */
  async find(query: FindPeopleQuery, caller: AuthenticatedUser): Promise<Person[]> {
    if (!mayUseDirectory(caller)) {
      throw new GatewayError(GatewayErrorCode.PeopleDirectoryRefused, 'Only professionals look people up.');
    }
    const terms = searchTerms(query.q);
    if (terms.length < 2) return [];
    const found = await this.directory.search(terms, CANDIDATES);
    const candidates = found.filter((user) => professionalAgencyOf(user) !== null);
    const people = await Promise.all(candidates.map(async (user) => toPerson(user, await this.directory.realmRoles(user.id))));
    return pageOfPeople(people, query.role);
  }
}
