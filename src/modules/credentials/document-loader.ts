import { pinnedContext } from './credential-contexts.js';
import { dereferenceDidUrl, type DidDocument } from './did-web.js';

export interface RemoteDocument {
  contextUrl: string | null;
  documentUrl: string;
  document: unknown;
  /**
   * `static`: the document never changes, so jsonld keeps the context it resolved from it for the
   * whole process (its shared cache takes only tagged documents) instead of resolving it again in
   * every expansion — most of the cost of a verification otherwise.
   */
  tag?: 'static';
}
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** What the loader may serve besides the pinned contexts, read when first asked for. */
export interface LoaderSources {
  readonly did: string;
  readonly didDocument: () => Promise<DidDocument>;
  readonly statusListUrl?: string;
  readonly statusListCredential?: () => Promise<object>;
}

/**
 * A strict JSON-LD document loader: the pinned contexts, our own DID document (and its keys) and our
 * own status list credential, nothing else. It never touches the network: an unknown context or a
 * foreign DID makes expansion, signing and verification fail instead of trusting a remote document.
 */
export function createDocumentLoader(sources: LoaderSources): DocumentLoader {
  let didDocument: Promise<DidDocument> | undefined;
  return async (url) => {
    const found = (document: unknown): RemoteDocument => ({ contextUrl: null, documentUrl: url, document });
    const context = pinnedContext(url);
    if (context !== undefined) return { ...found(context), tag: 'static' };
    if (url === sources.did || url.startsWith(`${sources.did}#`)) {
      didDocument ??= sources.didDocument();
      const target = dereferenceDidUrl(await didDocument, url);
      if (target) return found(structuredClone(target));
    }
    if (sources.statusListUrl && url === sources.statusListUrl && sources.statusListCredential) {
      return found(await sources.statusListCredential());
    }
    throw new Error(`Offline document loader: ${url} is not a pinned context or one of our documents`);
  };
}
