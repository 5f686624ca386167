/** Why a request to Backstage failed, so the reader can word the one line the user sees. */
export type ApiErrorKind = 'auth' | 'not-found' | 'http' | 'network' | 'timeout' | 'invalid-json' | 'redirect' | 'too-large' | 'paging';

/**
 * A failed request to Backstage's API. Messages are built from the URL (without credentials), the status
 * and the cause, never from request headers, so the token cannot leak through them.
 */
export class BackstageApiError extends Error {
  override readonly name = 'BackstageApiError';

  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Removes every occurrence of the token from a message: a last guard for text that came from elsewhere. */
export function redact(message: string, token: string | undefined): string {
  return token ? message.split(token).join('[redacted]') : message;
}
