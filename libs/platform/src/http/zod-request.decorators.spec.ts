import { Controller, Get, HttpCode, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { z } from 'zod';
import { CommonError, CommonErrorCode } from '../errors/domain.error.js';
import { ProblemDetailsFilter } from '../errors/problem-details.filter.js';
import { Returns } from './returns.decorator.js';
import { routeSchemas } from './route-schemas.js';
import { UuidParam, ZodBody, ZodParam, ZodQuery } from './zod-request.decorators.js';

const noteCommand = z.strictObject({ text: z.string().trim().min(1), tags: z.array(z.string()).default([]) });
const listQuery = z.strictObject({ status: z.enum(['open', 'closed']).default('open') });
const noteView = z.object({ folderId: z.string(), noteId: z.string(), text: z.string(), tags: z.array(z.string()) });
const folderNotFound = () => new CommonError(CommonErrorCode.NotFound, 'No such folder.');

@Controller('folders/:folderId/notes')
class NotesController {
  @Post(':noteId')
  @HttpCode(200)
  @Returns(noteView)
  write(
    @UuidParam('folderId', { malformed: folderNotFound }) folderId: string,
    @UuidParam('noteId') noteId: string,
    @ZodBody(noteCommand) command: z.output<typeof noteCommand>,
  ): z.output<typeof noteView> {
    return { folderId, noteId, ...command };
  }

  @Get()
  @Returns(z.object({ status: z.string() }))
  list(
    @UuidParam('folderId', { malformed: folderNotFound }) _folderId: string,
    @ZodQuery(listQuery) query: z.output<typeof listQuery>,
  ) {
    return { status: query.status };
  }

  @Get('by-day/:day')
  @Returns(z.object({ day: z.string() }))
  byDay(@ZodParam('day', z.iso.date()) day: string) {
    return { day };
  }
}

const folderId = '0190c6a1-4c1b-7c3e-9d2f-2b1e4d6a8f10';
const noteId = '0190c6a1-4c1b-7c3e-9d2f-2b1e4d6a8f11';

describe('controller helpers', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [NotesController] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(() => app.close());

  const send = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whatever JSON came back
    return { status: response.status, body: (await response.json()) as any };
  };

  it('hands the handler what the schemas made of the input', async () => {
    const written = await send('POST', `/folders/${folderId}/notes/${noteId}`, { text: '  hello ' });
    expect(written).toEqual({ status: 200, body: { folderId, noteId, text: 'hello', tags: [] } });
    expect(await send('GET', `/folders/${folderId}/notes`)).toEqual({ status: 200, body: { status: 'open' } });
    expect(await send('GET', `/folders/${folderId}/notes/by-day/2026-03-01`)).toEqual({
      status: 200,
      body: { day: '2026-03-01' },
    });
  });

  it('refuses a bad body with 400 validation_failed naming each field', async () => {
    const refused = await send('POST', `/folders/${folderId}/notes/${noteId}`, { text: ' ', tags: 'x', extra: 1 });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('validation_failed');
    expect(refused.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['', 'tags', 'text']);
  });

  it('refuses a bad query with 400 validation_failed naming the parameter', async () => {
    const refused = await send('GET', `/folders/${folderId}/notes?status=lost`);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'status' }] });
  });

  it('refuses a malformed path parameter with 400 naming it, or with the error the route gives for it', async () => {
    const badNote = await send('POST', `/folders/${folderId}/notes/not-a-uuid`, { text: 'hello' });
    expect(badNote.status).toBe(400);
    expect(badNote.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'noteId' }] });
    const badDay = await send('GET', `/folders/${folderId}/notes/by-day/2026-02-30`);
    expect(badDay.body).toMatchObject({ status: 400, errors: [{ path: 'day' }] });
    for (const answer of [
      await send('POST', `/folders/not-a-uuid/notes/${noteId}`, { text: 'hello' }),
      await send('GET', '/folders/123/notes'),
    ]) {
      expect(answer).toEqual({ status: 404, body: expect.objectContaining({ code: 'not_found' }) });
    }
  });

  it('records the schemas each route validates with and answers by', () => {
    expect(routeSchemas(NotesController, 'write')).toEqual({
      params: {
        folderId: { schema: expect.any(z.ZodType), ownRefusal: true },
        noteId: { schema: expect.any(z.ZodType), ownRefusal: false },
      },
      body: noteCommand,
      response: noteView,
    });
    expect(routeSchemas(NotesController, 'list')).toMatchObject({ query: listQuery });
    expect(Object.keys(routeSchemas(NotesController, 'byDay').params)).toEqual(['day']);
  });
});
