/**
 * The exchange of official documents between units and platforms (公文交换): distribution into signed
 * packages, the transactional outbox and Jakarta Messaging transport, verification and the inbox on
 * the receiving side, signed receipts (回执), recall (撤回) and urging (催办). See docs/exchange.md.
 */
package cn.xietong.exchange;
