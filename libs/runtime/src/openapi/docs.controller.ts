import { Controller, Get, Header, Inject, SetMetadata, type Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { NoClientData } from '@yhdessa/audit';
import { Public } from '@yhdessa/auth';
import { HTTP_EDGE_OPTIONS, type HttpEdgeOptions } from '../http/http-edge.options.js';
import { openApiDocument, UNDOCUMENTED, type OpenApiDocument } from './openapi.document.js';

/**
 * The service's OpenAPI document, built from its running controllers (the same as the committed
 * docs/openapi/<service>.json), at /docs/openapi.json, and a plain page listing the operations at
 * /docs. Only when API_DOCS is on: development, never production.
 */
@Controller('docs')
@Public()
@NoClientData()
@SetMetadata(UNDOCUMENTED, true)
export class DocsController {
  private document?: OpenApiDocument;

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(HTTP_EDGE_OPTIONS) private readonly options: HttpEdgeOptions,
  ) {}

  @Get('openapi.json')
  openApi(): OpenApiDocument {
    this.document ??= openApiDocument(
      this.options.service,
      this.discovery.getControllers().flatMap((wrapper) => (wrapper.metatype ? [wrapper.metatype as Type] : [])),
    );
    return this.document;
  }

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    const document = this.openApi();
    const rows = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(
        ([method, operation]) =>
          `<tr><td>${method.toUpperCase()}</td><td><code>${escape(path)}</code></td><td>${escape((operation as { operationId: string }).operationId)}</td></tr>`,
      ),
    );
    return [
      '<!doctype html>',
      `<html lang="en"><head><meta charset="utf-8"><title>${escape(document.info.title)} API</title></head><body>`,
      `<h1>${escape(document.info.title)} API ${escape(document.info.version)}</h1>`,
      `<p>${escape(document.info.description)} The OpenAPI 3.1 document: <a href="docs/openapi.json">openapi.json</a>.</p>`,
      `<table><thead><tr><th>method</th><th>path</th><th>operation</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
      '</body></html>',
    ].join('\n');
  }
}

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
