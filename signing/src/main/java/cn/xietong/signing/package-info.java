/**
 * The signing module: SM2/SM3 primitives ({@code crypto}), the platform CA ({@code ca}) and GB/T 38540
 * electronic seals ({@code seal}); this root package holds only the shared exception hierarchy.
 * No Jakarta EE here: the server wraps these classes in its own services.
 */
package cn.xietong.signing;
