import { Controller, Get, Post } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { NoClientData } from '@yhdessa/audit';
import { Returns, ZodBody } from '@yhdessa/platform';
import { z } from 'zod';
import { frameDefinitionSchema, type Frame, type FrameDefinition } from './frame.domain.js';
import { FrameService } from './frame.service.js';
import { frameSchema } from './frame.view.schema.js';

@Controller('frames')
export class FrameController {
  constructor(private readonly frames: FrameService) {}

  /** The frames an assessment can start on: no client data. */
  @Get()
  @NoClientData()
  @Returns(z.array(frameSchema))
  list(): Promise<Frame[]> {
    return this.frames.latest();
  }

  /** A region's own frame, validated; a new version each time. */
  @Post()
  @RequireRoles('service-manager')
  @Returns(frameSchema)
  define(@ZodBody(frameDefinitionSchema) definition: FrameDefinition, @CurrentUser() caller: AuthenticatedUser): Promise<Frame> {
    return this.frames.define(definition, caller);
  }
}
