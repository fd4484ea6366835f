import type { Claim } from '../model/types';

/** STUB (claims work): the message of an `unsupported-claim` diagnostic. */
export function unsupportedClaimMessage(claim: Claim): string {
  return `Unsupported claim (${claim.kinds.join(', ')}).`;
}
