import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Injectable } from '@nestjs/common';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`pdfmake/fonts/Roboto/${name}`);

/**
 * Renders pdfmake documents server-side with the Roboto fonts pdfmake ships (Finnish and Swedish
 * letters included). The renderer may read those font files and nothing else, and fetches no URL: a
 * document can never make the service read a file or call out.
 */
@Injectable()
export class PlanPdfRenderer {
  constructor() {
    const fonts = {
      normal: fontFile('Roboto-Regular.ttf'),
      bold: fontFile('Roboto-Medium.ttf'),
      italics: fontFile('Roboto-Italic.ttf'),
      bolditalics: fontFile('Roboto-MediumItalic.ttf'),
    };
    const fontDirectory = dirname(fonts.normal);
    pdfmake.setFonts({ Roboto: fonts });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path: string) => dirname(path) === fontDirectory);
  }

  render(document: TDocumentDefinitions): Promise<Buffer> {
    return pdfmake.createPdf(document).getBuffer();
  }
}
