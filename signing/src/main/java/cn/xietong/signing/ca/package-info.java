/**
 * The platform's own SM2 certificate authority: certificate profiles ({@link cn.xietong.signing.ca.CertificateProfile}),
 * issuing and revoking ({@link cn.xietong.signing.ca.PlatformCa}), CRLs, chain validation with a readable
 * result ({@link cn.xietong.signing.ca.CertificateValidator}) and the encrypted key store
 * ({@link cn.xietong.signing.ca.EncryptedKeyStore}). Persistence of CA state is the server's job.
 */
package cn.xietong.signing.ca;
