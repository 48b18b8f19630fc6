/**
 * Types for the Digital Bazaar Verifiable Credentials packages, which ship JavaScript only. Only what
 * the credentials module uses is declared; documents are plain JSON objects.
 */

type DbzJsonObject = Record<string, unknown>;

/** The result of a JSON-LD document loader: the document for a URL, never fetched from the network here. */
interface DbzRemoteDocument {
  contextUrl: string | null;
  documentUrl: string;
  document: unknown;
}
type DbzDocumentLoader = (url: string) => Promise<DbzRemoteDocument>;

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519KeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer(): { id?: string; algorithm: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> };
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<{
      id?: string;
      controller?: string;
      publicKeyMultibase: string;
      secretKeyMultibase?: string;
    }>;
  }
  export function generate(options?: {
    id?: string;
    controller?: string;
    seed?: Uint8Array;
  }): Promise<Ed25519KeyPair>;
  export function from(key: {
    id?: string;
    controller?: string;
    type?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
  }): Promise<Ed25519KeyPair>;
  export function toJwk(options: { keyPair: Ed25519KeyPair; secretKey?: boolean }): Promise<{
    kty: 'OKP';
    crv: 'Ed25519';
    x: string;
    d?: string;
  }>;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: string | Date });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}

declare module '@digitalbazaar/vc' {
  export function issue(options: {
    credential: DbzJsonObject;
    suite: unknown;
    documentLoader: DbzDocumentLoader;
    now?: Date;
  }): Promise<DbzJsonObject>;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  export interface BitstringStatusList {
    setStatus(index: number, status: boolean): void;
    getStatus(index: number): boolean;
    encode(): Promise<string>;
  }
  export function createList(options: { length: number }): Promise<BitstringStatusList>;
  export function decodeList(options: { encodedList: string }): Promise<BitstringStatusList>;
  export function createCredential(options: {
    id: string;
    list: BitstringStatusList;
    statusPurpose: string;
    context?: string[];
  }): Promise<DbzJsonObject>;
}

declare module 'jsonld-signatures' {
  export interface VerifyResult {
    verified: boolean;
    error?: { message: string; errors?: { message: string }[] };
    results?: { verified: boolean; error?: { message: string } }[];
  }
  export function verify(
    document: DbzJsonObject,
    options: { suite: unknown; purpose: unknown; documentLoader: DbzDocumentLoader },
  ): Promise<VerifyResult>;
  export const purposes: {
    AssertionProofPurpose: new (options?: { controller?: DbzJsonObject; date?: Date }) => unknown;
  };
  const jsigs: { verify: typeof verify; purposes: typeof purposes };
  export default jsigs;
}
