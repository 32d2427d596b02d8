import { Controller, Get } from '@nestjs/common';
import { AuditedRead } from '@yhdessa/audit';
import { CurrentUser, type AuthenticatedUser } from '@yhdessa/auth';
import { Returns } from '@yhdessa/platform';
import { z } from 'zod';
import { MyActionsService, type MyActionView } from './my-actions.service.js';
import { myActionViewSchema } from './my-actions.view.schema.js';

const caseIdsOf = ({ result }: { result: unknown }) => [
  ...new Set((result as ReadonlyArray<{ caseId: string }>).map((item) => item.caseId)),
];

/** A professional's own plan actions, for their home and their actions page. */
@Controller('plan-actions')
export class MyActionsController {
  constructor(private readonly actions: MyActionsService) {}

  @Get('mine')
  @AuditedRead({ resource: 'plan-action', informationClass: 'shared-plan', purpose: 'care-team-work', caseIds: caseIdsOf })
  @Returns(z.array(myActionViewSchema))
  mine(@CurrentUser() caller: AuthenticatedUser): Promise<MyActionView[]> {
    return this.actions.mine(caller);
  }
}
