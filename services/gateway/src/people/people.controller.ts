import { Controller, Get } from '@nestjs/common';
import { CurrentUser, type AuthenticatedUser } from '@yhdessa/auth';
import { NoClientData } from '@yhdessa/audit';
import { Returns, ZodQuery } from '@yhdessa/platform';
import { z } from 'zod';
import { findPeopleQuery, type FindPeopleQuery } from './people.commands.js';
import type { Person } from './people.domain.js';
import { PeopleService } from './people.service.js';
import { personSchema } from './person.schema.js';

@Controller('api')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  /** Professionals by name (id, name, agency, roles): who they are at work, no client data, so no audit record. */
  @Get('people')
  @NoClientData()
  @Returns(z.array(personSchema))
  find(@ZodQuery(findPeopleQuery) query: FindPeopleQuery, @CurrentUser() caller: AuthenticatedUser): Promise<Person[]> {
    return this.people.find(query, caller);
  }
}
