/**
 * The part of pdfmake's server-side API the printed plan uses. pdfmake's own `@types/pdfmake`
 * declares `/// <reference lib="dom" />`, which puts the browser's types into every file of the
 * project and breaks Node's (`performance.eventLoopUtilization`, async iteration of web streams).
 */
declare module 'pdfmake/interfaces.js' {
  export type Margins = number | [number, number] | [number, number, number, number];

  export interface Style {
    font?: string;
    fontSize?: number;
    lineHeight?: number;
    bold?: boolean;
    italics?: boolean;
    color?: string;
    alignment?: 'left' | 'center' | 'right' | 'justify';
    margin?: Margins;
  }

  export interface ContentObject extends Style {
    text?: string | Content[];
    style?: string | string[];
    ul?: Content[];
    stack?: Content[];
    columns?: Array<ContentObject & { width?: string | number }>;
    columnGap?: number;
    table?: { headerRows?: number; widths?: Array<string | number>; body: Content[][] };
    layout?: string;
    pageBreak?: 'before' | 'after';
    unbreakable?: boolean;
  }

  export type Content = string | Content[] | ContentObject;

  export interface TDocumentDefinitions {
    info?: { title?: string; author?: string; subject?: string };
    language?: string;
    pageSize?: string;
    pageMargins?: Margins;
    content: Content;
    footer?: (currentPage: number, pageCount: number) => Content;
    styles?: Record<string, Style>;
    defaultStyle?: Style;
  }
}

declare module 'pdfmake' {
  import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

  interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  const pdfmake: {
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(document: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
  };
  export default pdfmake;
}
