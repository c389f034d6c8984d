/**
 * The signing module: SM2/SM3 primitives ({@code crypto}), the platform CA ({@code ca}) and GB/T 38540
 * electronic seals ({@code seal}); this root package holds only what they share: the exception
 * hierarchy ({@link cn.xietong.signing.SigningException}) and the {@link cn.xietong.signing.Check} of a
 * verification report. No Jakarta EE here: the server wraps these classes in its own services.
 */
package cn.xietong.signing;
