import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF's text as a reader's PDF program extracts it (PDF.js), each page's items joined by spaces, pages by newlines. */
export async function pdfText(file: Uint8Array): Promise<{ text: string; pages: number; title: unknown }> {
  const loading = getDocument({ data: file, disableFontFace: true, useSystemFonts: false });
  const document = await loading.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str : ''))
          .join(' ')
          .replace(/\s+/g, ' '),
      );
    }
    const { info } = await document.getMetadata();
    return { text: pages.join('\n'), pages: document.numPages, title: (info as { Title?: unknown }).Title };
  } finally {
    await loading.destroy();
  }
}
