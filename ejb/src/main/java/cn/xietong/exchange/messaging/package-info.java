/** The Jakarta Messaging side of the exchange: the outbox dispatcher and the inbound message-driven bean. */
package cn.xietong.exchange.messaging;
