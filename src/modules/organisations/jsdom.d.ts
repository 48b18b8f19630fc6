// jsdom ships no types, and @types/jsdom would add the browser's DOM library to the whole server
// program. The SVG sanitiser needs only this much of it.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: JsdomWindow;
  }
  export interface JsdomWindow {
    readonly XMLSerializer: new () => { serializeToString(node: unknown): string };
  }
}
