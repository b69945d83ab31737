// The part of gettext-parser's API tqc and its scripts use (the package ships no types).
declare module 'gettext-parser' {
  export interface PoEntry {
    msgctxt?: string;
    msgid: string;
    msgid_plural?: string;
    msgstr: string[];
    comments?: { flag?: string; reference?: string; translator?: string; extracted?: string };
  }
  export interface PoData {
    charset: string;
    headers: Record<string, string>;
    translations: Record<string, Record<string, PoEntry>>;
  }
  export const po: {
    parse(input: Buffer | string, options?: { defaultCharset?: string; validation?: boolean }): PoData;
    /** Used by scripts/eval-inject-catalogs.ts to write a damaged copy back. */
    compile(data: PoData): Buffer;
  };
}
