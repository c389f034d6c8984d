/**
 * GB/T 38540-2020 electronic seals and seal signatures: the {@code SES_Seal} and {@code SES_Signature}
 * structures (v4 written and read, GM/T 0031-2014 v1 read), making seals ({@link cn.xietong.signing.seal.SealMaker}),
 * sealing protected bytes ({@link cn.xietong.signing.seal.DocumentSealer}) and verifying with a readable report
 * ({@link cn.xietong.signing.seal.SealVerifier}). Placing a seal in a PDF lives in {@code cn.xietong.signing.pdf}.
 */
package cn.xietong.signing.seal;
