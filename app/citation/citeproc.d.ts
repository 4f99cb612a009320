/**
 * The part of citeproc-js (npm `citeproc`, CommonJS) that Margin uses. The package ships no
 * types; these follow its documentation (https://citeproc-js.readthedocs.io/).
 */
declare module 'citeproc' {
  interface CslSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }

  interface CslCitationItem {
    readonly id: string;
    readonly locator?: string;
    readonly label?: string;
  }

  interface CslCitation {
    readonly citationID: string;
    readonly citationItems: readonly CslCitationItem[];
    readonly properties: { readonly noteIndex: number };
  }

  type CslFormatValue = string | false | ((state: unknown, text: string) => string);

  interface Engine {
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    setOutputFormat(format: string): void;
    updateItems(ids: readonly string[]): void;
    /** Processes every citation at once, in order: [citationID, noteIndex, formatted text][]. */
    rebuildProcessorState(
      citations: readonly CslCitation[],
      mode: string,
      uncitedItemIds: readonly string[],
    ): [string, number, string][];
    makeBibliography(): false | [unknown, string[]];
  }

  const CSL: {
    Engine: new (sys: CslSys, style: string, lang?: string, forceLang?: boolean) => Engine;
    Output: { Formats: Record<string, Record<string, CslFormatValue>> };
  };
  export default CSL;
}
