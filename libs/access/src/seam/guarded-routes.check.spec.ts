import 'reflect-metadata';
import { Controller, Get, Post } from '@nestjs/common';
import { MetadataScanner } from '@nestjs/core';
import { CaseAccess } from '../case/case-access.js';
import { findUnguardedRoutes } from './guarded-routes.check.js';

@Controller('cases/:caseId/notes')
class NotesController {
  @Get()
  @CaseAccess('read')
  list() {}

  @Post()
  add() {}
}

@Controller()
class MixedController {
  @Get('teams/:teamId')
  team() {}

  @Get('cases')
  mine() {}

  @Get('cases/:caseIdentity')
  lookalike() {}
}

describe('findUnguardedRoutes', () => {
  const scanner = new MetadataScanner();

  it('names every route that names a guarded parameter without declaring access', () => {
    expect(findUnguardedRoutes([NotesController, MixedController], scanner, ['caseId', 'teamId'])).toEqual([
      { handler: 'NotesController.add', path: '/cases/:caseId/notes' },
      { handler: 'MixedController.team', path: '/teams/:teamId' },
    ]);
  });

  it('leaves alone routes that name no guarded parameter', () => {
    expect(findUnguardedRoutes([MixedController], scanner, ['caseId'])).toEqual([]);
  });
});
