export interface AuthOptions {
  /** The realm's issuer URL, exactly as it appears in the tokens' `iss`. */
  issuer: string;
  /** The audience every accepted token must carry in `aud`. */
  audience: string;
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');
