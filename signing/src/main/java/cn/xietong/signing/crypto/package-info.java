/**
 * SM3 digests and SM2 keys, signatures and verification (GM/T 0003, GB/T 32905, GM/T 0009), with a
 * {@link cn.xietong.signing.crypto.Sm2Signer} abstraction so that a private key may live outside the
 * server; certificates and seals live elsewhere ({@code ca}, {@code seal}).
 */
package cn.xietong.signing.crypto;
