import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@yhdessa/auth';
import { NoClientData } from '@yhdessa/audit';
import { Returns } from '@yhdessa/platform';
import { livenessSchema, readinessSchema, type Readiness } from './health.schema.js';
import { ReadinessChecks } from './readiness-checks.js';

@Controller('health')
export class HealthController {
  constructor(private readonly checks: ReadinessChecks) {}

  /** The process runs and answers. */
  @Get('live')
  @Public()
  @NoClientData()
  @HttpCode(200)
  @Returns(livenessSchema)
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  /** Ready only when every server the service depends on answers (its database, Kafka, Redis). */
  @Get('ready')
  @Public()
  @NoClientData()
  @Returns(readinessSchema)
  async ready(@Res({ passthrough: true }) response: Response): Promise<Readiness> {
    const checks = await this.checks.run();
    const up = Object.values(checks).every((result) => result.status === 'up');
    response.status(up ? 200 : 503);
    return { status: up ? 'up' : 'down', checks };
  }
}
