import { Controller, Get, UseInterceptors } from '@nestjs/common';
import { NoClientData } from '@yhdessa/audit';
import { Returns, ZodQuery } from '@yhdessa/platform';
import { z } from 'zod';
import { SlotAnswerInterceptor } from './slot-answer.interceptor.js';
import { slotSearchQuery, type SlotSearchQuery } from './slot.commands.js';
import { SlotService } from './slot.service.js';
import type { SlotView } from './slot.view.js';
import { slotViewSchema } from './slot.view.schema.js';

@Controller('slots')
export class SlotController {
  constructor(private readonly slots: SlotService) {}

  /** Free times of a consultation type, earliest first; experts' names and kinds, nothing of anyone's bookings. */
  @Get()
  @NoClientData()
  @Returns(z.array(slotViewSchema))
  @UseInterceptors(SlotAnswerInterceptor)
  search(@ZodQuery(slotSearchQuery) query: SlotSearchQuery): Promise<SlotView[]> {
    return this.slots.search(query);
  }
}
