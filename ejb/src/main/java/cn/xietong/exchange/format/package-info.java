/**
 * The exchange wire format (交换格式), plain Java without Jakarta EE: the package manifest, receipt and
 * notice as XML of {@code urn:xietong:exchange:1} (schema {@code xietong-exchange-1.xsd} next to this
 * package's classes), their SM2 signatures, the checks a receiving platform makes
 * ({@link cn.xietong.exchange.format.ExchangeVerifier}), and the binary transfer one JMS message carries
 * ({@link cn.xietong.exchange.format.TransferCodec}). Nothing here stores, sends or decides what to do
 * with a package.
 */
package cn.xietong.exchange.format;
