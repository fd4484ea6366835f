// STUB — owned by the claims work: precision/recall/F1 of claim detection on test/claims/.
export async function runClaimsEval(): Promise<boolean> {
  console.log('claims eval: not written yet');
  return false;
}
